// Validates every content file before the build, so that a bad file fails fast with its name and field:
// the guides' frontmatter and headings, the structured legal content, the checker's rules and golden
// cases, and every reference between them.
import { routing } from '../i18n/routing';
import { getPledge } from '../lib/apel/apel-content';
import { loadCatalog } from '../lib/content/catalog';
import { listGuides } from '../lib/content/guides';
import { loadQuizBank } from '../lib/quiz/load-bank';
import { loadCheckerContent, loadGoldenCases } from '../lib/rules/load';
import { loadReportContent } from '../lib/report/content';
import { loadSelfCheck } from '../lib/selfcheck/load';

try {
  let guides = 0;
  for (const locale of routing.locales) guides += listGuides(locale).length;
  const questions = loadQuizBank().length;
  const pledgePoints = getPledge().points.length;
  const catalog = loadCatalog();
  const claims = catalog.sources.reduce((total, source) => total + source.claims.length, 0);
  const checker = loadCheckerContent();
  const golden = loadGoldenCases();
  const selfCheck = loadSelfCheck(undefined, checker);
  const report = loadReportContent();
  console.log(
    `Content is valid: ${guides} guide pages, ${catalog.violations.length} violation types, ${catalog.sanctions.length} sanctions, ` +
      `${catalog.instruments.length} instruments, ${catalog.sources.length} sources (${claims} seed claims placed), ${catalog.keyPoints.length} key points, ` +
      `${checker.ruleSet.rules.length} checker rules, ${checker.ruleSet.questions.length} questions, ${checker.scenarios.length} scenarios, ${golden.length} golden cases, ${questions} quiz questions, ${pledgePoints} pledge points, ${selfCheck.questions.length} self-check questions, ${report.channels.length} report channels.`,
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

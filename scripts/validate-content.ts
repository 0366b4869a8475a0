// Validates every content file before the build, so that a bad file fails fast with its name and field:
// the guides' frontmatter and headings, the structured legal content, the checker's rules and golden
// cases, and every reference between them.
import { routing } from '../i18n/routing';
import { getApelScript, getPledge } from '../lib/apel/apel-content';
import { loadChanges } from '../lib/changes/load';
import { loadCatalog, loadPenalties } from '../lib/content/catalog';
import { listGuides } from '../lib/content/guides';
import { loadQuizBank } from '../lib/quiz/load-bank';
import { reportErrorUrl } from '../lib/site/config';
import { reportErrorUrlProblem } from '../lib/site/report-mistake';
import { loadCheckerContent, loadGoldenCases } from '../lib/rules/load';
import { checkCheckerReferences } from '../lib/rules/references';
import { loadReportContent } from '../lib/report/content';
import { loadSelfCheck } from '../lib/selfcheck/load';

try {
  const badReportUrl = reportErrorUrlProblem(reportErrorUrl);
  if (badReportUrl) throw new Error(badReportUrl);
  let guides = 0;
  for (const locale of routing.locales) guides += listGuides(locale).length;
  const questions = loadQuizBank().length;
  const pledgePoints = getPledge().points.length;
  const scriptSlides = Object.keys(getApelScript().slides).length;
  const catalog = loadCatalog();
  const penalties = loadPenalties(process.cwd(), catalog);
  const claims = catalog.sources.reduce((total, source) => total + source.claims.length, 0);
  const checker = loadCheckerContent();
  const broken = checkCheckerReferences(checker, {
    instruments: new Set(catalog.instruments.map((instrument) => instrument.id)),
    sources: new Set(catalog.sources.map((source) => source.id)),
    violations: new Set(catalog.violations.map((violation) => violation.id)),
    sanctions: new Set(catalog.sanctions.map((sanction) => sanction.code)),
    penalties: new Set(penalties.map((penalty) => penalty.id)),
  });
  if (broken.length) throw new Error(`Broken references in the checker's content:\n${broken.map((p) => `  ${p}`).join('\n')}`);
  const golden = loadGoldenCases();
  const changes = loadChanges();
  const selfCheck = loadSelfCheck(undefined, checker);
  const report = loadReportContent();
  console.log(
    `Content is valid: ${guides} guide pages, ${catalog.violations.length} violation types, ${catalog.sanctions.length} sanctions, ` +
      `${catalog.instruments.length} instruments, ${catalog.sources.length} sources (${claims} seed claims placed), ${catalog.keyPoints.length} key points, ${penalties.length} criminal penalties, ` +
      `${checker.ruleSet.rules.length} checker rules, ${checker.ruleSet.questions.length} questions, ${checker.scenarios.length} scenarios, ${golden.length} golden cases, ${questions} quiz questions, ${pledgePoints} pledge points, ${selfCheck.questions.length} self-check questions, ${report.channels.length} report channels, ` +
      `${changes.changes.length} dated changes of the law (last checked ${changes.lastChecked}), speaker notes for ${scriptSlides} kinds of assembly slide.`,
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

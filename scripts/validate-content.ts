// Validates every content file before the build, so that a bad file fails fast with its name and field:
// the guides' frontmatter and headings, the structured legal content, the checker's rules and golden
// cases, and every reference between them.
import { routing } from '../i18n/routing';
import { getApelScript, getPledge } from '../lib/apel/apel-content';
import { loadCatalog } from '../lib/content/catalog';
import { listGuides } from '../lib/content/guides';
import { loadQuizBank } from '../lib/quiz/load-bank';
import { loadCheckerContent, loadGoldenCases } from '../lib/rules/load';

try {
  let guides = 0;
  for (const locale of routing.locales) guides += listGuides(locale).length;
  const questions = loadQuizBank().length;
  const pledgePoints = getPledge().points.length;
  const scriptSlides = Object.keys(getApelScript().slides).length;
  const catalog = loadCatalog();
  const claims = catalog.sources.reduce((total, source) => total + source.claims.length, 0);
  const checker = loadCheckerContent();
  const golden = loadGoldenCases();
  console.log(
    `Content is valid: ${guides} guide pages, ${catalog.violations.length} violation types, ${catalog.sanctions.length} sanctions, ` +
      `${catalog.instruments.length} instruments, ${catalog.sources.length} sources (${claims} seed claims placed), ${catalog.keyPoints.length} key points, ` +
      `${checker.ruleSet.rules.length} checker rules, ${checker.ruleSet.questions.length} questions, ${checker.scenarios.length} scenarios, ${golden.length} golden cases, ${questions} quiz questions, ${pledgePoints} pledge points, speaker notes for ${scriptSlides} kinds of assembly slide.`,
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

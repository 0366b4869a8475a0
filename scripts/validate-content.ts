// Validates every content file before the build, so that a bad file fails fast with its name and field.
import { routing } from '../i18n/routing';
import { listGuides } from '../lib/content/guides';
import { loadCheckerContent, loadGoldenCases } from '../lib/rules/load';

try {
  let guides = 0;
  for (const locale of routing.locales) guides += listGuides(locale).length;
  const checker = loadCheckerContent();
  const golden = loadGoldenCases();
  console.log(
    `Content is valid: ${guides} guide pages, ${checker.ruleSet.rules.length} checker rules, ${checker.ruleSet.questions.length} questions, ${checker.scenarios.length} scenarios, ${golden.length} golden cases.`,
  );
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

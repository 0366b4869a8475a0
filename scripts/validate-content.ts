// Validates every content file before the build, so that a bad file fails fast with its name and field.
import { routing } from '../i18n/routing';
import { listGuides } from '../lib/content/guides';
import { loadQuizBank } from '../lib/quiz/load-bank';

try {
  let guides = 0;
  for (const locale of routing.locales) guides += listGuides(locale).length;
  const questions = loadQuizBank().length;
  console.log(`Content is valid: ${guides} guide pages, ${questions} quiz questions.`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

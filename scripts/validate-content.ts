// Validates every content file before the build, so that a bad file fails fast with its name and field.
import { routing } from '../i18n/routing';
import { listGuides } from '../lib/content/guides';

try {
  let guides = 0;
  for (const locale of routing.locales) guides += listGuides(locale).length;
  console.log(`Content is valid: ${guides} guide pages.`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

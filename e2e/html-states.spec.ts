import { mkdirSync, writeFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';

// Saves page states that exist only after the reader acts, for the Nu Html Checker (scripts/check-html.mjs),
// which `npm test` runs after the browser tests.
const save = async (page: Page, name: string) => {
  mkdirSync('reports/html-states', { recursive: true });
  writeFileSync(`reports/html-states/${name}.html`, `<!DOCTYPE html>\n${await page.locator('html').evaluate((html) => html.outerHTML)}`);
};

for (const locale of ['id', 'en'] as const) {
  test(`the checker's result and question states and a quiz question (${locale}) are saved for the HTML check`, async ({ page }) => {
    await page.goto(`/${locale}/cek/?actor=pns&activity=social_media&sm_action=like&sm_target=candidate`);
    await expect(page.getByText(locale === 'id' ? 'Melanggar' : 'Violation').first()).toBeVisible();
    await save(page, `checker-result-${locale}`);

    await page.goto(`/${locale}/cek/`);
    await page.getByRole('radio').first().check();
    await save(page, `checker-question-${locale}`);

    await page.goto(`/${locale}/kuis/?ronde=pendek`);
    await page.getByRole('radio').first().check();
    await save(page, `quiz-question-${locale}`);
  });
}

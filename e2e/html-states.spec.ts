import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';

// Saves page states that exist only after the reader acts, for the Nu Html Checker (scripts/check-html.mjs),
// which `npm test` runs after the browser tests.
const save = async (page: Page, name: string) => {
  mkdirSync('reports/html-states', { recursive: true });
  writeFileSync(`reports/html-states/${name}.html`, `<!DOCTYPE html>\n${await page.locator('html').evaluate((html) => html.outerHTML)}`);
};

/** A passed short round of the bank's first ten questions, as the quiz saves it (lib/quiz/progress.ts). */
function passedRound(): string {
  const bank = readdirSync('content/quiz')
    .filter((name) => name.endsWith('.json'))
    .sort()
    .flatMap((name) => JSON.parse(readFileSync(`content/quiz/${name}`, 'utf8')) as { id: string; answer: string }[]);
  const questions = bank.slice(0, 10);
  return JSON.stringify({
    version: 1,
    round: 'short',
    questionIds: questions.map((question) => question.id),
    answers: questions.map((question) => question.answer),
    finishedAt: '2026-11-30T08:00:00.000Z',
  });
}

for (const locale of ['id', 'en'] as const) {
  test(`the checker's result and question states, a quiz question and a quiz result (${locale}) are saved for the HTML check`, async ({ page }) => {
    await page.goto(`/${locale}/cek/?actor=pns&activity=social_media&sm_action=like&sm_target=candidate`);
    await expect(page.getByText(locale === 'id' ? 'Melanggar' : 'Violation').first()).toBeVisible();
    await save(page, `checker-result-${locale}`);

    await page.goto(`/${locale}/cek/`);
    await page.getByRole('radio').first().check();
    await save(page, `checker-question-${locale}`);

    await page.goto(`/${locale}/kuis/?ronde=pendek`);
    await page.getByRole('radio').first().check();
    await save(page, `quiz-question-${locale}`);

    await page.evaluate((saved) => localStorage.setItem('asn-netral:kuis', saved), passedRound());
    await page.goto(`/${locale}/kuis/`);
    await expect(page.getByRole('heading', { name: locale === 'id' ? 'Sertifikat' : 'Certificate' }).first()).toBeVisible();
    await save(page, `quiz-result-${locale}`);
  });
}

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, type Locator, type Page, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { holdBack } from './held-back';

type Locale = 'id' | 'en';
interface BankQuestion {
  id: string;
  kind: 'true-false' | 'multiple-choice' | 'scenario';
  prompt: Record<Locale, string>;
  options?: { id: string; text: Record<Locale, string> }[];
  answer: string;
}

// The bank in content/quiz/ is the source of truth, so the tests can answer any drawn question.
const bankDir = path.join(process.cwd(), 'content', 'quiz');
const bank: BankQuestion[] = readdirSync(bankDir).flatMap((file) => JSON.parse(readFileSync(path.join(bankDir, file), 'utf8')));
const messages = {
  id: JSON.parse(readFileSync('messages/id.json', 'utf8')).Quiz,
  en: JSON.parse(readFileSync('messages/en.json', 'utf8')).Quiz,
};
const fixedLabel = (locale: Locale, id: string): string =>
  ({
    true: messages[locale].optionTrue,
    false: messages[locale].optionFalse,
    allowed: messages[locale].optionAllowed,
    violation: messages[locale].optionViolation,
    caution: messages[locale].optionCaution,
  })[id];
const optionIds = (question: BankQuestion) =>
  question.kind === 'true-false'
    ? ['true', 'false']
    : question.kind === 'scenario'
      ? ['allowed', 'violation', 'caution']
      : (question.options ?? []).map((option) => option.id);
const labelOf = (locale: Locale, question: BankQuestion, id: string) =>
  question.options?.find((option) => option.id === id)?.text[locale] ?? fixedLabel(locale, id);

const text = {
  id: {
    startShort: 'Mulai ronde pendek',
    check: 'Periksa jawaban',
    next: 'Pertanyaan berikutnya',
    result: 'Lihat hasil',
    correct: 'Benar!',
    wrong: 'Kurang tepat.',
    resultTitle: 'Hasil Anda',
    review: 'Tinjau semua jawaban',
    reviewTitle: 'Tinjauan jawaban',
    back: 'Kembali ke hasil',
    byTopic: 'Hasil per topik',
    passed: 'Lulus. Batas lulus adalah 80%.',
    notPassed: /^Belum lulus/,
    print: 'Cetak sertifikat',
    name: /^Nama di sertifikat/,
    certificate: 'Sertifikat Kuis Netralitas ASN',
    whatsapp: 'Bagikan ke WhatsApp',
    copy: 'Salin teks',
    copied: 'Teks sudah disalin.',
    corrupted: /Data kuis yang tersimpan di perangkat ini rusak/,
    outdated: /berasal dari versi kuis yang lebih lama/,
    newer: /versi portal yang lebih baru/,
    unknownRound: 'Tautan ini meminta ronde "panjang", yang tidak ada. Pilih ronde pendek atau ronde penuh di bawah.',
    chooseRound: 'Pilih ronde',
    chooseFirst: 'Pilih salah satu jawaban dulu.',
    leave: 'Keluar dari ronde',
    continueRound: (n: number) => `Lanjutkan ronde yang belum selesai (pertanyaan ${n} dari 10)`,
    progress: (n: number, total = 10) => `Pertanyaan ${n} dari ${total}`,
    retryProgress: (n: number, total: number) => `Mengulang yang salah: ${n} dari ${total}`,
    score: (correct: number, total: number, percent: number) => `${correct} dari ${total} benar (${percent}%)`,
    retryMissed: (count: number) => `Ulangi ${count} pertanyaan yang salah`,
    retryAllFixed: 'Kini Anda menjawab benar semua 3 pertanyaan yang tadi salah.',
    retryScoreStays: 'Skor ronde Anda tetap 7 dari 10 benar (70%). Ronde baru memberi skor baru, dan sertifikat bila Anda mencapai 80%.',
    retryOne: 'Ulangi 1 pertanyaan yang salah',
    newRound: 'Mulai ronde baru',
    onlyMistakes: (count: number) => `Hanya yang salah (${count})`,
    allAnswers: (count: number) => `Semua jawaban (${count})`,
    makeImage: 'Buat gambar sertifikat (PNG)',
    makingImage: 'Membuat gambar…',
    downloadImage: 'Unduh gambar sertifikat',
    progressText: (n: number, total = 10) => `${n} dari ${total} dijawab`,
  },
  en: {
    startShort: 'Start the short round',
    check: 'Check my answer',
    next: 'Next question',
    result: 'See the result',
    correct: 'Correct!',
    wrong: 'Not quite.',
    resultTitle: 'Your result',
    review: 'Review every answer',
    reviewTitle: 'Answer review',
    back: 'Back to the result',
    byTopic: 'Result by topic',
    passed: 'Passed. The pass mark is 80%.',
    notPassed: /^Not passed yet/,
    print: 'Print the certificate',
    name: /^Name on the certificate/,
    certificate: 'ASN Neutrality Quiz Certificate',
    whatsapp: 'Share on WhatsApp',
    copy: 'Copy the text',
    copied: 'Text copied.',
    corrupted: /The quiz data saved on this device was damaged/,
    outdated: /comes from an older version of the quiz/,
    newer: /made by a newer version of the portal/,
    unknownRound: 'This link asks for a round called "panjang", which does not exist. Choose the short or the full round below.',
    chooseRound: 'Choose a round',
    chooseFirst: 'Choose an answer first.',
    leave: 'Leave this round',
    continueRound: (n: number) => `Continue your unfinished round (question ${n} of 10)`,
    progress: (n: number, total = 10) => `Question ${n} of ${total}`,
    retryProgress: (n: number, total: number) => `Retrying missed questions: ${n} of ${total}`,
    score: (correct: number, total: number, percent: number) => `${correct} of ${total} correct (${percent}%)`,
    retryMissed: (count: number) => (count === 1 ? 'Retry the question I missed' : `Retry the ${count} questions I missed`),
    retryAllFixed: 'You now answer all 3 questions you missed correctly.',
    retryScoreStays: 'Your round score stays 7 of 10 correct (70%). A new round gives a fresh score, and a certificate at 80%.',
    retryOne: 'Retry the question I missed',
    newRound: 'Start a new round',
    onlyMistakes: (count: number) => `Only my mistakes (${count})`,
    allAnswers: (count: number) => `All answers (${count})`,
    makeImage: 'Make the certificate image (PNG)',
    makingImage: 'Making the image…',
    downloadImage: 'Download the certificate image',
    progressText: (n: number, total = 10) => `${n} of ${total} answered`,
  },
};

/** The bank question on screen, found by its prompt in the legend. */
async function currentQuestion(page: Page, locale: Locale): Promise<BankQuestion> {
  const legend = (await page.locator('#quiz-legend').textContent() ?? '').trim();
  const question = bank.find((candidate) => legend.endsWith(candidate.prompt[locale].trim()));
  if (!question) throw new Error(`No bank question matches "${legend}"`);
  return question;
}

/** Answers the question on screen, rightly or wrongly, and checks the feedback. */
async function answer(page: Page, locale: Locale, right: boolean): Promise<BankQuestion> {
  const question = await currentQuestion(page, locale);
  const choice = right ? question.answer : (optionIds(question).find((id) => id !== question.answer) as string);
  await page.getByRole('radio', { name: labelOf(locale, question, choice), exact: true }).check();
  await page.getByRole('button', { name: text[locale].check }).click();
  const feedback = page.locator('#quiz-feedback');
  await expect(feedback).toBeFocused();
  await expect(feedback.getByRole('heading', { level: 3 })).toHaveText(right ? text[locale].correct : text[locale].wrong);
  await expect(feedback.getByRole('link').first()).toBeVisible();
  return question;
}

async function next(page: Page, locale: Locale, last = false) {
  await page.getByRole('button', { name: last ? text[locale].result : text[locale].next }).click();
}

/** Puts a raw entry in localStorage before the quiz's scripts run, on the first page load only. */
async function seedStorage(page: Page, raw: string) {
  await page.addInitScript((value) => {
    if (sessionStorage.getItem('seeded')) return;
    sessionStorage.setItem('seeded', 'yes');
    localStorage.setItem('asn-netral:kuis', value);
  }, raw);
}

const storedProgress = (page: Page) => page.evaluate(() => JSON.parse(localStorage.getItem('asn-netral:kuis') ?? 'null'));

/** A finished short round of the first ten bank questions: `wrong` lists the positions answered wrongly. */
function finishedRound(wrong: number[], retried = false) {
  const questions = bank.slice(0, 10);
  const wrongAnswer = (question: BankQuestion) => optionIds(question).find((id) => id !== question.answer) as string;
  const missed = questions.filter((_, index) => wrong.includes(index));
  return JSON.stringify({
    version: 1,
    round: 'short',
    questionIds: questions.map((question) => question.id),
    answers: questions.map((question, index) => (wrong.includes(index) ? wrongAnswer(question) : question.answer)),
    finishedAt: '2026-11-30T08:00:00.000Z',
    ...(retried ? { retry: { questionIds: missed.map((question) => question.id), answers: missed.map((question) => question.answer) } } : {}),
  });
}

/** The element lies wholly inside the 360×780 viewport, as it is scrolled now. */
async function expectOnScreen(element: Locator) {
  const box = await element.boundingBox();
  expect(box).not.toBeNull();
  expect(box?.y ?? -1).toBeGreaterThanOrEqual(0);
  expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(780);
  expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(360);
}

// Full journeys in Indonesian; English has one smoke journey at the end (the same code reads both message files,
// and a unit test keeps their keys equal). Result screens are reached by seeding the saved round, except in
// the first journey, which answers a whole round.
for (const locale of ['id'] as const) {
  const t = text[locale];

  test.describe(`quiz (${locale})`, () => {
    test('a short round by keyboard and mouse, answered to a passing result, with no axe violations', async ({ page }) => {
      // Ten questions and six axe runs: more than the default time on a busy machine.
      test.slow();
      await page.goto(`/${locale}/kuis/`);
      await page.getByRole('button', { name: t.startShort }).click();
      await expect(page.locator('#quiz-legend')).toBeFocused();
      await expectNoAxeViolations(page, 'question');

      // The first question by keyboard only: from the legend, Tab reaches the options, arrows pick one,
      // Enter checks it.
      const first = await currentQuestion(page, locale);
      const index = optionIds(first).indexOf(first.answer);
      await page.keyboard.press('Tab');
      await page.keyboard.press('Space');
      for (let step = 0; step < index; step++) await page.keyboard.press('ArrowDown');
      await expect(page.getByRole('radio', { name: labelOf(locale, first, first.answer), exact: true })).toBeChecked();
      await page.keyboard.press('Enter');
      await expect(page.locator('#quiz-feedback')).toBeFocused();
      await expect(page.locator('#quiz-feedback h3')).toHaveText(t.correct);
      await expectNoAxeViolations(page, 'feedback');
      await page.getByRole('button', { name: t.next }).click();
      await expect(page.locator('#quiz-legend')).toBeFocused();

      // Checking without a choice says what to do.
      await page.getByRole('button', { name: t.check }).click();
      await expect(page.getByRole('main').getByRole('alert')).toHaveText(t.chooseFirst);

      for (let position = 1; position < 10; position++) {
        await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveText(t.progress(position + 1));
        await answer(page, locale, true);
        await next(page, locale, position === 9);
      }

      const title = page.getByRole('heading', { level: 2, name: t.resultTitle });
      await expect(title).toBeFocused();
      await expect(page.getByText(t.score(10, 10, 100))).toBeVisible();
      await expect(page.getByText(t.passed)).toBeVisible();
      const table = page.getByRole('table', { name: t.byTopic });
      // Ten questions from ten different topics.
      await expect(table.locator('tbody tr')).toHaveCount(10);
      await expectNoAxeViolations(page, 'result');

      // Share: the score and the link to the same round, never a name.
      await page.getByLabel(t.name).fill('Siti Rahma');
      const whatsapp = page.getByRole('link', { name: t.whatsapp });
      const href = decodeURIComponent((await whatsapp.getAttribute('href')) ?? '');
      expect(href).toMatch(/^https:\/\/api\.whatsapp\.com\/send\?text=/);
      expect(href).toContain('10');
      expect(href).toContain(`/${locale}/kuis/?ronde=pendek`);
      expect(href).not.toContain('Siti');
    });

    test('review every answer, then retry the missed ones', async ({ page }) => {
      // The round was answered with the 1st, 5th and 10th wrong (the first journey answers a whole round).
      await seedStorage(page, finishedRound([0, 4, 9]));
      await page.goto(`/${locale}/kuis/`);
      await expect(page.getByText(t.score(7, 10, 70))).toBeVisible();
      await expect(page.getByText(t.notPassed)).toBeVisible();
      await expect(page.getByRole('button', { name: t.print })).toHaveCount(0);
      // A failing score is not offered for sharing.
      await expect(page.getByRole('link', { name: t.whatsapp })).toHaveCount(0);
      await expect(page.getByRole('button', { name: t.copy })).toHaveCount(0);

      await page.getByRole('button', { name: t.review }).click();
      await expect(page.getByRole('heading', { level: 2, name: t.reviewTitle })).toBeFocused();
      const items = page.locator('#main ol > li');
      await expect(items).toHaveCount(10);
      await expect(items.filter({ hasText: '✗' })).toHaveCount(3);
      await expect(items.nth(0)).toContainText('✗');
      await expect(items.nth(1)).toContainText('✓');
      await expectNoAxeViolations(page, 'review');
      // Only the mistakes, keeping their place in the round.
      await page.getByRole('radio', { name: t.onlyMistakes(3) }).check();
      await expect(items).toHaveCount(3);
      await expect(items.filter({ hasText: '✓' })).toHaveCount(0);
      await expect(items.nth(1)).toContainText(/^5\./);
      await page.getByRole('radio', { name: t.allAnswers(10) }).check();
      await expect(items).toHaveCount(10);
      await page.getByRole('button', { name: t.back }).first().click();
      await expect(page.getByRole('heading', { level: 2, name: t.resultTitle })).toBeFocused();

      const missed: string[] = (await storedProgress(page)).questionIds.filter((_: string, i: number) => [0, 4, 9].includes(i));
      await page.getByRole('button', { name: t.retryMissed(3) }).click();
      for (let index = 0; index < 3; index++) {
        await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveText(t.retryProgress(index + 1, 3));
        const question = await answer(page, locale, true);
        expect(question.id).toBe(missed[index]);
        await next(page, locale, index === 2);
      }
      // What improved, the round's own score, and a new round as the main action instead of "not passed".
      await expect(page.getByText(t.retryAllFixed)).toBeVisible();
      await expect(page.getByText(t.retryScoreStays)).toBeVisible();
      await expect(page.getByText(t.score(7, 10, 70), { exact: true })).toBeVisible();
      await expect(page.getByText(t.notPassed)).toHaveCount(0);
      await expect(page.getByRole('button', { name: /^(Ulangi|Retry the)/ })).toHaveCount(0);
      await page.getByRole('button', { name: t.newRound }).click();
      await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveText(t.progress(1));
    });

    test('a round resumes after a reload and after the tab is closed', async ({ page, context }) => {
      await page.goto(`/${locale}/kuis/`);
      await page.getByRole('button', { name: t.startShort }).click();
      for (let index = 0; index < 3; index++) {
        await answer(page, locale, true);
        await next(page, locale);
      }
      const saved = await storedProgress(page);
      expect(saved).toMatchObject({ version: 1, round: 'short', answers: expect.any(Array) });
      expect(saved.answers).toHaveLength(3);
      const fourth = bank.find((question) => question.id === saved.questionIds[3]);

      await page.reload();
      await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveText(t.progress(4));
      expect((await currentQuestion(page, locale)).id).toBe(fourth?.id);

      // Leaving the round keeps it: the start screen offers to continue.
      await page.getByRole('button', { name: t.leave }).click();
      await expect(page.getByRole('main').getByRole('heading', { level: 2, name: t.chooseRound })).toBeFocused();
      await page.getByRole('button', { name: t.continueRound(4) }).click();
      await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveText(t.progress(4));

      // The round carries over to the other language.
      const other = locale === 'id' ? 'en' : 'id';
      await page.getByRole('link', { name: locale === 'id' ? 'Read this page in English' : 'Baca halaman ini dalam Bahasa Indonesia' }).click();
      await expect(page).toHaveURL(new RegExp(`/${other}/kuis/$`));
      await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveText(text[other].progress(4));
      expect((await currentQuestion(page, other)).id).toBe(fourth?.id);

      await page.close();
      const again = await context.newPage();
      await again.goto(`/${locale}/kuis/`);
      await expect(again.getByRole('main').getByRole('heading', { level: 2 })).toHaveText(t.progress(4));
      expect((await currentQuestion(again, locale)).id).toBe(fourth?.id);
    });

    test('a corrupted or outdated saved entry is reported and a fresh round can start', async ({ page }) => {
      await seedStorage(page, '{"version":1,"round":"short","questionIds":[');
      await page.goto(`/${locale}/kuis/`);
      await expect(page.getByText(t.corrupted)).toBeVisible();
      await expect(page.getByRole('main').getByRole('heading', { level: 2, name: t.chooseRound })).toBeVisible();
      expect(await page.evaluate(() => localStorage.getItem('asn-netral:kuis'))).toBeNull();
      await page.getByRole('button', { name: t.startShort }).click();
      await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveText(t.progress(1));
      await expect(page.getByText(t.corrupted)).toHaveCount(0);
    });

    test('an entry saved in an older format is reported and replaced', async ({ page }) => {
      await seedStorage(page, JSON.stringify({ version: 0, questions: ['netral-arti'], score: 1 }));
      await page.goto(`/${locale}/kuis/`);
      await expect(page.getByText(t.outdated)).toBeVisible();
      await page.getByRole('button', { name: t.startShort }).click();
      await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveText(t.progress(1));
      expect(await storedProgress(page)).toMatchObject({ version: 1, round: 'short', answers: [] });
    });

    test('when the browser refuses to save, the notice stays on every screen', async ({ page }) => {
      await page.addInitScript(() => {
        Storage.prototype.setItem = () => {
          throw new DOMException('full', 'QuotaExceededError');
        };
      });
      await page.goto(`/${locale}/kuis/?ronde=pendek`);
      const notice = page.getByText(locale === 'id' ? /tidak mengizinkan penyimpanan/ : /does not allow saving/);
      await expect(notice).toBeVisible();
      await page.getByRole('main').getByRole('radio').first().check();
      await page.getByRole('main').getByRole('button', { name: t.check }).click();
      await page.getByRole('button', { name: t.next }).click();
      await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveText(t.progress(2));
      await expect(notice).toBeVisible();
    });

    test('an entry saved by a newer version is kept untouched and the notice says so', async ({ page }) => {
      const newer = JSON.stringify({ version: 2, round: 'short', questionIds: ['netral-arti'], answers: [], somethingNew: true });
      await seedStorage(page, newer);
      await page.goto(`/${locale}/kuis/`);
      await expect(page.getByText(t.newer)).toBeVisible();
      expect(await page.evaluate(() => localStorage.getItem('asn-netral:kuis'))).toBe(newer);
      await page.reload();
      expect(await page.evaluate(() => localStorage.getItem('asn-netral:kuis'))).toBe(newer);
    });

    test('a very long or right-to-left round name in a link cannot widen the page or turn the notice around', async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 780 });
      await page.goto(`/${locale}/kuis/?ronde=${'\u202e'.repeat(3)}${'x'.repeat(10_000)}`);
      const notice = page.getByRole('status').locator('p').first();
      await expect(notice).toBeVisible();
      await expect(notice.locator('bdi')).toHaveCount(1);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });

    test('?ronde=pendek starts the short round at once; an unknown round gets a notice', async ({ page }) => {
      await page.goto(`/${locale}/kuis/?ronde=pendek`);
      await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveText(t.progress(1));
      // The parameter is dropped so that a reload resumes instead of drawing a new round.
      await expect(page).toHaveURL(new RegExp(`/${locale}/kuis/$`));
      await answer(page, locale, true);
      await next(page, locale);
      await page.reload();
      await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveText(t.progress(2));

      await page.goto(`/${locale}/kuis/?ronde=panjang`);
      await expect(page.getByText(t.unknownRound)).toBeVisible();
      await expect(page.getByRole('heading', { level: 2, name: t.chooseRound })).toBeVisible();
    });

    test('after a pass, the certificate prints alone on one A4 page', async ({ page }) => {
      await seedStorage(page, finishedRound([3, 7]));
      await page.goto(`/${locale}/kuis/`);
      await expect(page.getByText(t.score(8, 10, 80))).toBeVisible();
      await expect(page.getByText(t.passed)).toBeVisible();
      await page.getByLabel(t.name).fill('Budi Santoso');
      const certificate = page.locator('.quiz-certificate');
      await expect(certificate).toContainText('Budi Santoso');

      await page.emulateMedia({ media: 'print' });
      await expect(certificate).toBeVisible();
      await expect(certificate).toContainText(t.certificate);
      await expect(certificate).toContainText(locale === 'id' ? '8 dari 10' : '8 of 10');
      for (const hidden of [
        page.getByRole('banner'),
        page.getByRole('contentinfo'),
        page.getByRole('heading', { level: 1 }),
        page.getByRole('heading', { level: 2, name: t.resultTitle }),
        page.getByRole('button', { name: t.print }),
        page.getByRole('link', { name: t.whatsapp }),
      ]) {
        await expect(hidden).toBeHidden();
      }
      const pdf = (await page.pdf({ preferCSSPageSize: true, printBackground: true })).toString('latin1');
      expect(pdf.match(/\/Type\s*\/Page\b/g)).toHaveLength(1);
      // A4 is 595 × 842 points.
      const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)/.exec(pdf);
      expect(Number(box?.[1])).toBeCloseTo(595, 0);
      expect(Number(box?.[2])).toBeCloseTo(842, 0);
    });
  });
}

for (const locale of ['id'] as const) {
  const t = text[locale];

  test.describe(`quiz on a 360×780 phone (${locale})`, () => {
    test.use({ viewport: { width: 360, height: 780 } });

    test('after a successful retry the main action starts a new round, and the failing score is not shared', async ({ page }) => {
      await seedStorage(page, finishedRound([0, 4, 9], true));
      await page.goto(`/${locale}/kuis/`);
      await expect(page.getByRole('heading', { level: 2, name: t.resultTitle })).toBeVisible();
      await expect(page.getByText(t.retryAllFixed)).toBeVisible();
      await expect(page.getByText(t.notPassed)).toHaveCount(0);
      await expect(page.getByRole('link', { name: t.whatsapp })).toHaveCount(0);
      // With the result's title at the top of the screen, the main action is on that first screen.
      await page.getByRole('heading', { level: 2, name: t.resultTitle }).evaluate((title) => title.scrollIntoView());
      const main = page.getByRole('button', { name: t.newRound });
      await expectOnScreen(main);
      await expectNoAxeViolations(page, 'result after retry');
      await main.click();
      await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveText(t.progress(1));
      await expect(page.getByRole('progressbar')).toHaveAttribute('aria-valuetext', t.progressText(0));
    });

    test('the next button is on screen after every answer, and the progress bar counts', async ({ page }) => {
      await page.goto(`/${locale}/kuis/`);
      await page.getByRole('button', { name: t.startShort }).click();
      for (let index = 0; index < 4; index++) {
        await answer(page, locale, index % 2 === 0);
        await expect(page.getByRole('progressbar', { name: locale === 'id' ? 'Kemajuan ronde' : 'Round progress' })).toHaveAttribute(
          'aria-valuetext',
          t.progressText(index + 1),
        );
        await expectOnScreen(page.getByRole('button', { name: t.next }));
        if (index === 0) await expectNoAxeViolations(page, 'feedback on a phone');
        await next(page, locale);
      }
    });

    test('the review shows only my mistakes on request; one missed question reads in the singular', async ({ page }) => {
      await seedStorage(page, finishedRound([6]));
      await page.goto(`/${locale}/kuis/`);
      await expect(page.getByText(t.passed)).toBeVisible();
      await expect(page.getByRole('button', { name: t.retryOne, exact: true })).toBeVisible();
      await page.getByRole('button', { name: t.review }).click();
      const items = page.locator('#main ol > li');
      await expect(items).toHaveCount(10);
      await page.getByRole('radio', { name: t.onlyMistakes(1) }).check();
      await expect(items).toHaveCount(1);
      await expect(items.first()).toContainText(/^7\./);
      await expect(items.first()).toContainText('✗');
    });

    test('a passed round is offered for sharing without the name', async ({ page, context }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await seedStorage(page, finishedRound([2]));
      await page.goto(`/${locale}/kuis/`);
      await page.getByLabel(t.name).fill('Siti Rahma');
      await page.getByRole('button', { name: t.copy }).click();
      await expect(page.getByText(t.copied)).toBeVisible();
      const shared = (await page.locator('#quiz-share-text').textContent()) ?? '';
      expect(shared).toContain(`/${locale}/kuis/?ronde=pendek`);
      expect(shared).toContain(locale === 'id' ? '9 dari 10' : '9 of 10');
      expect(shared).not.toContain('Siti');
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(shared);
    });

    test('a passed round gives the certificate as a PNG image, made in the browser', async ({ page }) => {
      await seedStorage(page, finishedRound([2]));
      await page.goto(`/${locale}/kuis/`);
      await page.getByLabel(t.name).fill('Budi Santoso');
      const requests: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      // The encoded image is held back until released, to see what the page says meanwhile.
      await page.evaluate(() => {
        const encode = HTMLCanvasElement.prototype.toBlob;
        const released = new Promise<void>((resolve) => Object.assign(window, { releaseImage: resolve }));
        HTMLCanvasElement.prototype.toBlob = function (callback, ...rest) {
          encode.call(this, (blob) => void released.then(() => callback(blob)), ...rest);
        };
      });
      await page.getByRole('button', { name: t.makeImage }).click();
      await expect(page.getByRole('status').filter({ hasText: t.makingImage })).toBeVisible();
      await page.evaluate(() => (window as unknown as { releaseImage: () => void }).releaseImage());
      const link = page.getByRole('link', { name: t.downloadImage });
      // Chromium encodes the PNG in idle time, which a headless page under load hardly gets; it then falls back to
      // encoding at once after 1 s (not started) or 10 s (started, not finished), its desktop delays.
      await expect(link).toHaveAttribute('href', /^blob:/, { timeout: 15_000 });
      await expectNoAxeViolations(page, 'certificate image');
      const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
      expect(download.suggestedFilename()).toMatch(/\.png$/);
      const png = readFileSync((await download.path()) as string);
      // The PNG signature, then the IHDR chunk: 1080 × 1350 pixels.
      expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
      expect(png.readUInt32BE(16)).toBe(1080);
      expect(png.readUInt32BE(20)).toBe(1350);
      // The name went into the image on the device: nothing was requested with it.
      expect(requests.filter((url) => url.includes('Budi'))).toEqual([]);
      // Typing another name makes the old image stale.
      await page.getByLabel(t.name).fill('Siti');
      await expect(link).toHaveCount(0);
    });
  });
}

// Someone back at a finished round sees the result at once: it is scored with the answer key in the page, not after
// the question bank arrives. The bank is held back here until the result and the review's loading line are seen.
for (const locale of ['id', 'en'] as const) {
  test(`a saved result shows before the question bank arrives, and its review fills in once the bank does (${locale})`, async ({ page }) => {
    const t = text[locale];
    const questionBank = await holdBack(page, `**/${locale}/kuis/questions.json`);
    await seedStorage(page, finishedRound([6]));
    await page.goto(`/${locale}/kuis/`);
    await expect(page.getByRole('heading', { level: 2, name: t.resultTitle })).toBeVisible();
    await expect(page.getByText(t.score(9, 10, 90))).toBeVisible();
    await expect(page.getByText(t.passed)).toBeVisible();
    await expect(page.getByRole('button', { name: t.retryOne, exact: true })).toBeVisible();
    // The bank was asked for and is still on its way.
    await expect.poll(questionBank.requested).toBe(true);

    // The review needs the questions' texts: a polite loading line holds focus until they arrive.
    await page.getByRole('button', { name: t.review }).click();
    const loading = page.getByRole('status').filter({ hasText: messages[locale].loadingQuestions });
    await expect(loading).toBeFocused();
    questionBank.release();
    await expect(page.getByRole('heading', { level: 2, name: t.reviewTitle })).toBeFocused();
    await expect(loading).toHaveCount(0);
    await expect(page.locator('#main ol > li')).toHaveCount(10);
    // The bank confirmed the saved round: nothing was cleared.
    expect(await storedProgress(page)).toMatchObject({ questionIds: bank.slice(0, 10).map((question) => question.id) });
  });
}

test.describe('quiz (en), smoke', () => {
  const t = text.en;
  test('a linked round gives feedback in English; a saved result with one mistake passes, reviews, retries in the singular and shares without the name', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/en/kuis/?ronde=pendek');
    await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveText(t.progress(1));
    await page.getByRole('button', { name: t.check }).click();
    await expect(page.getByRole('main').getByRole('alert')).toHaveText(t.chooseFirst);
    await answer(page, 'en', true);
    await next(page, 'en');
    await answer(page, 'en', false);
    await expect(page.getByRole('progressbar', { name: 'Round progress' })).toHaveAttribute('aria-valuetext', t.progressText(2));

    // A finished round with the 7th question wrong, as the quiz saves it.
    await page.evaluate((value) => localStorage.setItem('asn-netral:kuis', value), finishedRound([6]));
    await page.goto('/en/kuis/');
    await expect(page.getByRole('heading', { level: 2, name: t.resultTitle })).toBeVisible();
    await expect(page.getByText(t.score(9, 10, 90))).toBeVisible();
    await expect(page.getByText(t.passed)).toBeVisible();
    await expect(page.getByRole('button', { name: t.retryOne, exact: true })).toBeVisible();
    await expectNoAxeViolations(page, 'result (en)');

    await page.getByLabel(t.name).fill('Siti Rahma');
    await page.getByRole('button', { name: t.copy }).click();
    await expect(page.getByText(t.copied)).toBeVisible();
    const shared = (await page.locator('#quiz-share-text').textContent()) ?? '';
    expect(shared).toContain('/en/kuis/?ronde=pendek');
    expect(shared).toContain('9 of 10');
    expect(shared).not.toContain('Siti');
    await expect(page.locator('.quiz-certificate')).toContainText(t.certificate);

    await page.getByRole('button', { name: t.review }).click();
    await expect(page.getByRole('heading', { level: 2, name: t.reviewTitle })).toBeFocused();
    const items = page.locator('#main ol > li');
    await expect(items).toHaveCount(10);
    await page.getByRole('radio', { name: t.onlyMistakes(1) }).check();
    await expect(items).toHaveCount(1);
    await expect(items.first()).toContainText(/^7\./);
    await page.getByRole('button', { name: t.back }).first().click();
    await page.getByRole('button', { name: t.retryOne, exact: true }).click();
    await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveText(t.retryProgress(1, 1));
  });
});

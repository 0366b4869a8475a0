import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, type Locator, type Page, test } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import compile from 'icu-minify/compile';
import { axeViolations } from './axe';
import { holdBack } from './held-back';
import { encodeCompletionCode } from '../lib/apel/completion-code';
import { formatMessage } from '../lib/i18n/format-message';
import { type ApelEvent, eventFingerprint, eventFragment, eventFragmentKeys, eventFields } from '../lib/apel/event';

// The apel kit's second edition: an event prepared once travels through every link, QR code and print-out.
const messages = { id: JSON.parse(readFileSync('messages/id.json', 'utf8')), en: JSON.parse(readFileSync('messages/en.json', 'utf8')) } as const;
const bankDir = path.join(process.cwd(), 'content', 'quiz');
const bank: { id: string; answer: string }[] = readdirSync(bankDir).flatMap((file) => JSON.parse(readFileSync(path.join(bankDir, file), 'utf8')));
const shots = '/work/wt/shots';

const sample: ApelEvent = {
  office: 'BKPSDM Kota Mataram',
  name: 'Apel pagi Senin',
  date: '2026-12-07',
  place: 'Halaman kantor wali kota',
  presenter: 'Sri Wahyuni',
  contact: 'Posko netralitas, WA 0812 3456 7890',
};
/** A message with its arguments filled as the page does (ICU: plurals included), in the test's locale. */
const fillIn = (locale: 'id' | 'en') => (text: string, values: Record<string, string | number>) => formatMessage(compile(text), locale, values);

async function decodeQr(target: Locator): Promise<string | undefined> {
  const png = PNG.sync.read(await target.screenshot());
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
}
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;
const a4Portrait = /\/MediaBox\s*\[\s*0 0 59[45]\.\d+ 84[12]\.\d+\s*\]/;
/** The event a URL carries in its fragment, read with the browser's own URL parser. */
const eventOf = (url: string) => {
  const params = new URLSearchParams(new URL(url).hash.slice(1));
  return Object.fromEntries(eventFields.map((field) => [field, params.get(eventFragmentKeys[field]) ?? '']));
};
/** Same path, query and fragment on the test server (the build's QR codes name the SITE_URL host). */
const local = (url: string) => {
  const parsed = new URL(url);
  return `${parsed.pathname}${parsed.search}${parsed.hash}`;
};
const longDate = (page: Page, locale: string) =>
  page.evaluate(
    ([date, tag]) => new Intl.DateTimeFormat(tag, { dateStyle: 'full', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`)),
    [sample.date, locale === 'en' ? 'en-GB' : 'id-ID'],
  );

// Every journey runs in Indonesian; English runs the smoke journeys only (the same code reads both message
// files, and a unit test keeps their keys equal).
for (const locale of ['id', 'en'] as const) {
  const t = messages[locale];
  const fill = fillIn(locale);
  const eventHash = `#${eventFragment(sample)}`;

  test.describe(`apel event (${locale})`, () => {
    if (locale === 'id') test('the form gives an event link that fills the slides, the QR codes, the message and the poster', async ({ page, context }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.goto(`/${locale}/apel/`);
      const prepare = page.getByRole('region', { name: t.ApelPrepare.title });
      for (const field of eventFields) await prepare.getByLabel(t.ApelPrepare.fields[field], { exact: true }).fill(sample[field]);
      const link = await prepare.getByLabel(t.ApelPrepare.linkLabel).inputValue();
      expect(new URL(link).pathname).toBe(`/${locale}/apel/`);
      expect(eventOf(link)).toEqual(sample);

      // A fresh tab opened from the link, as on the presenting laptop.
      const fresh = await context.newPage();
      await fresh.goto(local(link));
      const date = await longDate(fresh, locale);
      const deck = fresh.getByRole('region', { name: t.ApelSlides.deckLabel });
      const cover = deck.locator('.deck-slide[data-current]');
      await expect(cover).toContainText(sample.office);
      await expect(cover).toContainText(`${sample.name} · ${date} · ${sample.place}`);
      await expect(cover).toContainText(sample.presenter);

      await deck.focus();
      await fresh.keyboard.press('End');
      await expect(deck.getByRole('heading', { name: t.ApelPresent.closingTitle })).toBeVisible();
      await expect(deck.locator('.deck-slide[data-current]')).toContainText(sample.contact);
      await fresh.keyboard.press('ArrowLeft');
      const quizUrl = await decodeQr(deck.locator('.deck-slide[data-current]').getByRole('img').first());
      expect(quizUrl).toMatch(new RegExp(`/${locale}/kuis/\\?ronde=pendek#`));
      expect(eventOf(quizUrl ?? '')).toEqual(sample);

      // The message names the event and the contact and links the quiz with the event; it can be edited.
      const messageSection = fresh.getByRole('region', { name: t.ApelPage.messageTitle });
      const message = messageSection.getByTestId('whatsapp-message');
      await expect(message).toHaveValue(new RegExp(`${sample.name} · ${sample.office}`));
      await expect(message).toHaveValue(new RegExp(sample.contact));
      expect(await message.inputValue()).toContain(quizUrl);
      await message.fill(`${await message.inputValue()}\nSampai jumpa di apel.`);
      await messageSection.getByRole('button', { name: t.ApelMessage.copy }).click();
      expect(await fresh.evaluate(() => navigator.clipboard.readText())).toMatch(/Sampai jumpa di apel\.$/);
      const shared = new URL((await messageSection.getByRole('link', { name: t.ApelMessage.whatsapp }).getAttribute('href')) ?? '');
      expect(shared.searchParams.get('text')).toMatch(/Sampai jumpa di apel\.$/);

      // The poster takes the event along: office, contact, and a QR code of at least 45 mm to the quiz.
      await fresh.getByRole('link', { name: t.ApelPage.posterLink }).click();
      await expect(fresh).toHaveURL(new RegExp(`/${locale}/apel/poster/#`));
      await expect(fresh.getByRole('article')).toContainText(sample.office);
      await expect(fresh.getByRole('region', { name: t.ApelPoster.contactTitle })).toContainText(sample.contact);
      const posterQr = fresh.getByRole('img', { name: fill(t.ApelPoster.qrLabel, { url: quizUrl ?? '' }) });
      expect(await decodeQr(posterQr)).toBe(quizUrl);
      await fresh.emulateMedia({ media: 'print' });
      expect((await posterQr.boundingBox())?.width).toBeGreaterThanOrEqual((45 / 25.4) * 96);
      await expect(fresh.getByRole('navigation', { name: t.SiteHeader.navLabel })).toBeHidden();
      const pdf = await fresh.pdf({ preferCSSPageSize: true });
      expect(pdfPages(pdf)).toBe(1);
      expect(pdf.toString('latin1')).toMatch(a4Portrait);
    });

    test('the quiz opened from the QR code carries the event to the result, the certificate and a completion code that verifies', async ({ page }) => {
      await page.goto(`/${locale}/kuis/?ronde=pendek${eventHash}`);
      await expect(page.getByTestId('apel-quiz-banner')).toContainText(sample.name);
      // The link starts a short round and saves it; wait for its first question, or that save could land after ours.
      await expect(page.getByRole('button', { name: t.Quiz.checkAnswer, exact: true })).toBeVisible();

      // A passed short round, as the quiz saves it; the event stays on the device for the result.
      const round = bank.slice(0, 10);
      await page.evaluate(
        (progress) => localStorage.setItem('asn-netral:kuis', JSON.stringify(progress)),
        { version: 1, round: 'short', questionIds: round.map((q) => q.id), answers: round.map((q) => q.answer), finishedAt: new Date().toISOString() },
      );
      // The saved result, its completion code and the certificate show before the question bank arrives: the bank is
      // held back until they have been read.
      const questionBank = await holdBack(page, `**/${locale}/kuis/questions.json`);
      await page.goto(`/${locale}/kuis/`);
      await expect(page.getByRole('heading', { name: t.Quiz.resultTitle, exact: true })).toBeVisible();
      const code = ((await page.getByTestId('apel-completion-code').textContent()) ?? '').trim();
      expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){4}$/);
      const lines = page.getByTestId('apel-certificate-lines');
      await expect(lines).toContainText(sample.name);
      await expect(lines).toContainText(fill(t.ApelQuiz.learningTime, {
        total: 20,
        breakdown: `${fill(t.ApelQuiz.learningBriefing, { minutes: 10 })}, ${fill(t.ApelQuiz.learningQuiz, { questions: 10, minutes: 10 })}`,
      }));
      await expect(lines).toContainText(t.ApelQuiz.learningNote);
      await expect(lines).toContainText(code);
      const verifyQr = await decodeQr(lines.getByRole('img'));
      expect(local(verifyQr ?? '')).toBe(`/${locale}/apel/verifikasi/#kode=${code}`);
      await expect.poll(questionBank.requested).toBe(true);
      questionBank.release();

      // The official verifies it on the verify page opened from the event link.
      await page.goto(`/${locale}/apel/verifikasi/${eventHash}`);
      const input = page.getByLabel(t.ApelVerify.input);
      await input.fill(code.toLowerCase());
      await page.getByRole('button', { name: t.ApelVerify.check }).click();
      const status = page.getByRole('status');
      await expect(status).toContainText(t.ApelVerify.valid);
      const table = page.getByRole('table', { name: t.ApelVerify.fieldsCaption });
      const row = (name: string) => table.getByRole('row', { name: new RegExp(`^${name}`) });
      await expect(row(t.ApelVerify.fields.code)).toContainText(code);
      await expect(row(t.ApelVerify.fields.event)).toContainText(`${sample.name}, ${sample.office}`);
      await expect(row(t.ApelVerify.fields.score)).toContainText(fill(t.ApelCodeFacts.score, { correct: 10, total: 10, percent: 100 }));
      await expect(row(t.ApelVerify.fields.result)).toContainText(fill(t.ApelCodeFacts.passed, { mark: 80 }));
      await expect(row(t.ApelVerify.fields.round)).toContainText(fill(t.ApelCodeFacts.rounds.short, { total: 10 }));
      await expect(row(t.ApelVerify.fields.content)).toBeVisible();
      await expect(page.getByRole('heading', { name: t.ApelVerify.notProvesTitle })).toBeVisible();
      await expect(page.getByText(t.ApelVerify.notIdentity)).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
      if (locale === 'id') await page.screenshot({ path: `${shots}/apel-verify.png`, fullPage: true });

      // One character changed: reported, and no field is shown.
      const changed = `${code[0] === 'A' ? 'B' : 'A'}${code.slice(1)}`;
      await input.fill(changed);
      await page.getByRole('button', { name: t.ApelVerify.check }).click();
      await expect(status).toContainText(t.ApelVerify.inconsistent);
      await expect(table).toBeHidden();
      await expect(page).toHaveURL(new RegExp(`kode=${changed}`));
    });

    if (locale === 'id') test('the tally reads ten pasted codes, prints without site chrome and downloads as CSV', async ({ page }) => {
      const fingerprint = eventFingerprint(sample);
      // Eight staff (several with the same score, told apart by the attempt tag), an edited code and a repeated one.
      const codes = [10, 9, 8, 10, 7, 9, 10, 8].map((correct, attempt) =>
        encodeCompletionCode({ event: fingerprint, date: '2026-12-07', correct, total: 10, contentVersion: '2026-11-22', attempt }),
      );
      const edited = `${codes[0]?.slice(0, -1)}${codes[0]?.endsWith('Z') ? 'Y' : 'Z'}`;
      const pasted = [
        ...codes.map((code, i) => `[07.${30 + i}, 7/12/2026] Pegawai ${i + 1}: ${code}`),
        `[07.45, 7/12/2026] Pegawai 9: ${edited}`,
        `[07.46, 7/12/2026] Pegawai 3: ${codes[2]}`,
        '[07.46, 7/12/2026] Pegawai 11: terima kasih',
      ].join('\n');
      await page.goto(`/${locale}/apel/rekap/${eventHash}`);
      await page.getByLabel(t.ApelTally.input).fill(pasted);
      await expect(page.getByRole('status')).toHaveText(fill(t.ApelTally.summary, { count: 10, valid: 9, passed: 8, inconsistent: 1, duplicates: 1 }));
      const table = page.getByRole('table', { name: t.ApelTally.caption });
      await expect(table.locator('tbody tr')).toHaveCount(10);
      await expect(table.locator('tbody tr').first()).toContainText('Pegawai 1');
      await expect(table.locator('tbody tr').first()).toContainText(sample.name);
      await expect(table.locator('tbody tr').nth(8)).toContainText(t.ApelTally.statusInconsistent);
      await expect(table.locator('tbody tr').last()).toContainText(t.ApelTally.statusDuplicate);
      expect(await axeViolations(page)).toEqual([]);

      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: t.ApelTally.download }).click()]);
      expect(download.suggestedFilename()).toBe(t.ApelTally.fileName);
      const csv = readFileSync((await download.path()) ?? '', 'utf8').replace(/^\ufeff/, '').trimEnd().split('\r\n');
      expect(csv).toHaveLength(11);
      expect(csv[0]).toBe(Object.values(t.ApelTally.columns).join(','));
      expect(csv[1]).toContain(`Pegawai 1,${codes[0]},2026-12-07`);

      await page.emulateMedia({ media: 'print' });
      await expect(page.getByLabel(t.ApelTally.input)).toBeHidden();
      await expect(page.getByRole('navigation', { name: t.SiteHeader.navLabel })).toBeHidden();
      await expect(page.getByRole('contentinfo')).toBeHidden();
      await expect(table).toBeVisible();
      const pdf = await page.pdf({ preferCSSPageSize: true });
      expect(pdfPages(pdf)).toBe(1);
      expect(pdf.toString('latin1')).toMatch(a4Portrait);
    });

    for (const [page_, heading] of [
      ['daftar-hadir', 'ApelAttendance'],
      ['berita-acara', 'ApelBriefingRecord'],
    ] as const) {
      if (locale === 'id') test(`the ${page_} page prints the event on one A4 page without site chrome`, async ({ page }) => {
        await page.goto(`/${locale}/apel/${page_}/${eventHash}`);
        const sheet = page.getByRole('article');
        await expect(sheet.getByRole('heading', { level: 1 })).toHaveText(t[heading].heading);
        for (const field of ['office', 'name', 'place', 'presenter'] as const) await expect(sheet).toContainText(sample[field]);
        await expect(sheet).toContainText(await longDate(page, locale));
        await page.emulateMedia({ media: 'print' });
        await expect(page.getByRole('navigation', { name: t.SiteHeader.navLabel })).toBeHidden();
        await expect(page.getByRole('contentinfo')).toBeHidden();
        await expect(page.getByRole('button', { name: t[heading].print })).toBeHidden();
        await expect(page.getByText(t.SharePanel.summary)).toBeHidden();
        const pdf = await page.pdf({ preferCSSPageSize: true });
        expect(pdfPages(pdf)).toBe(1);
        expect(pdf.toString('latin1')).toMatch(a4Portrait);
        if (locale === 'id' && page_ === 'daftar-hadir') await page.screenshot({ path: `${shots}/apel-attendance-sheet.png`, fullPage: true });
      });
    }

    if (locale === 'id') test('“Start presentation” at the top presents in full screen, hides the controls until the pointer moves, and Q shows the quiz QR', async ({ page }) => {
      await page.setViewportSize({ width: 1366, height: 768 });
      await page.goto(`/${locale}/apel/${eventHash}`);
      const start = page.getByRole('button', { name: t.ApelPresent.start });
      expect((await start.boundingBox())?.y).toBeLessThan(300);
      const deck = page.getByRole('region', { name: t.ApelSlides.deckLabel });
      await deck.getByRole('button', { name: t.ApelSlides.next }).click();
      // Notes for the current slide, with the suggested time.
      const notes = page.getByRole('complementary', { name: t.ApelPresent.notesTitle });
      await expect(notes).toContainText(fill(t.ApelPresent.notesTime, { time: '2:00' }));

      await page.mouse.move(10, 10);
      await start.click();
      await expect.poll(() => page.evaluate(() => document.fullscreenElement?.getAttribute('aria-label'))).toBe(t.ApelSlides.deckLabel);
      await expect(deck.getByRole('status')).toContainText('1 /');
      const controls = deck.locator('.deck-controls');
      await expect(controls).toHaveCSS('opacity', '0');
      await expect(deck.getByText(t.ApelPresent.keyboardHint)).toBeHidden();
      await expect(notes).toBeHidden();
      await page.screenshot({ path: `${shots}/apel-slides-fullscreen-${locale}.png` });
      await page.mouse.move(400, 300);
      await page.mouse.move(420, 320);
      await expect(controls).toHaveCSS('opacity', '1');
      const timer = deck.locator('.deck-timer');
      await expect(timer).toContainText(fill(t.ApelPresent.timer, { elapsed: '', total: '10:00' }).trim().split(' ').pop() ?? '10:00');
      await deck.getByRole('button', { name: t.ApelPresent.hideTimer }).click();
      await expect(timer).toHaveCount(0);

      await deck.focus();
      await page.keyboard.press('q');
      const bigQr = deck.getByRole('img', { name: /kuis\/\?ronde=pendek#/ }).last();
      await expect(bigQr).toBeVisible();
      expect((await bigQr.boundingBox())?.height).toBeGreaterThan(300);
      expect(eventOf((await decodeQr(bigQr)) ?? '')).toEqual(sample);
      await page.keyboard.press('q');
      await expect(deck.locator('.deck-qr')).toHaveCount(0);
    });
  });
}

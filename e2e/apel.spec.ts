import { readFileSync } from 'node:fs';
import { expect, type Locator, type Page, test } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { axeViolations } from './axe';
import { exportedPages, localeOf } from './site-pages';

const en = JSON.parse(readFileSync('messages/en.json', 'utf8'));
const id = JSON.parse(readFileSync('messages/id.json', 'utf8'));
const messages = { id, en } as const;
const keyPoints: { kind: 'do' | 'dont'; text: { id: string; en: string } }[] = JSON.parse(readFileSync('content/key-points.json', 'utf8'));
const pledge = JSON.parse(readFileSync('content/pledge.json', 'utf8'));

// Cover, what neutrality means, do's and don'ts (at most 4 a slide), pledge, QR codes, closing.
const groups = (kind: 'do' | 'dont') => Math.ceil(keyPoints.filter((point) => point.kind === kind).length / 4);
const slideCount = 5 + groups('do') + groups('dont');

/** The site address the build was configured with, as the page states it. */
async function siteOrigin(page: Page): Promise<string> {
  const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
  return new URL(canonical ?? '').origin;
}

/** Reads a QR code the way a phone camera would: from the pixels on screen. */
async function decodeQr(target: Locator): Promise<string | undefined> {
  const png = PNG.sync.read(await target.screenshot());
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
}

const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;

// Every journey runs in Indonesian; English runs the smoke journeys only (the same code reads both message
// files, and a unit test keeps their keys equal).
for (const locale of ['id', 'en'] as const) {
  const t = messages[locale];

  test.describe(`apel kit (${locale})`, () => {
    test('the slides advance by keyboard and end on the QR slide', async ({ page }) => {
      await page.goto(`/${locale}/apel/`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.ApelPage.title);
      const deck = page.getByRole('region', { name: t.ApelSlides.deckLabel });
      const counter = deck.getByRole('status');
      await expect(counter).toContainText(`1 / ${slideCount}`);
      await expect(deck.getByRole('heading', { name: t.ApelSlides.coverTitle })).toBeVisible();

      await deck.focus();
      await page.keyboard.press('ArrowRight');
      await expect(counter).toContainText(`2 / ${slideCount}`);
      await page.keyboard.press('ArrowLeft');
      await expect(counter).toContainText(`1 / ${slideCount}`);
      for (let slide = 2; slide <= slideCount; slide++) {
        await page.keyboard.press('ArrowRight');
        await expect(counter).toContainText(`${slide} / ${slideCount}`);
        if (slide === slideCount - 2) {
          await expect(deck.getByRole('heading', { name: pledge.title[locale] })).toBeVisible();
          for (const point of pledge.points) await expect(deck.getByText(point.text[locale])).toBeVisible();
        }
      }
      await expect(deck.getByRole('heading', { name: t.ApelPresent.closingTitle })).toBeVisible();
      await expect(deck.getByRole('heading', { name: t.ApelSlides.coverTitle })).toBeHidden();
      // Past the end nothing moves; Home goes back to the start.
      await page.keyboard.press('ArrowRight');
      await expect(counter).toContainText(`${slideCount} / ${slideCount}`);
      await page.keyboard.press('Home');
      await expect(counter).toContainText(`1 / ${slideCount}`);
      await expect(counter).toContainText(t.ApelSlides.slideLabel.replace('{current}', '1').replace('{total}', String(slideCount)).replace('{title}', t.ApelSlides.coverTitle));
    });

    if (locale === 'id') test('the on-screen buttons and a swipe change the slide; every key point is on a slide', async ({ page }) => {
      await page.goto(`/${locale}/apel/`);
      const deck = page.getByRole('region', { name: t.ApelSlides.deckLabel });
      const counter = deck.getByRole('status');
      const seen = new Set<string>();
      for (let slide = 1; slide < slideCount; slide++) {
        for (const text of await deck.locator('li:visible').allInnerTexts()) seen.add(text.trim());
        await deck.getByRole('button', { name: t.ApelSlides.next }).click();
        await expect(counter).toContainText(`${slide + 1} / ${slideCount}`);
      }
      for (const point of keyPoints) expect(seen, point.text[locale]).toContain(point.text[locale]);
      await deck.getByRole('button', { name: t.ApelSlides.previous }).click();
      await expect(counter).toContainText(`${slideCount - 1} / ${slideCount}`);

      const stage = deck.locator('.deck-stage');
      await stage.dispatchEvent('pointerdown', { pointerType: 'touch', clientX: 500, isPrimary: true });
      await stage.dispatchEvent('pointerup', { pointerType: 'touch', clientX: 380, isPrimary: true });
      await expect(counter).toContainText(`${slideCount} / ${slideCount}`);
      await stage.dispatchEvent('pointerdown', { pointerType: 'touch', clientX: 380, isPrimary: true });
      await stage.dispatchEvent('pointerup', { pointerType: 'touch', clientX: 500, isPrimary: true });
      await expect(counter).toContainText(`${slideCount - 1} / ${slideCount}`);
    });

    if (locale === 'id') test('the full-screen button presents the slides alone', async ({ page }) => {
      await page.goto(`/${locale}/apel/`);
      const deck = page.getByRole('region', { name: t.ApelSlides.deckLabel });
      await deck.getByRole('button', { name: t.ApelSlides.enterFullscreen, exact: true }).click();
      await expect.poll(() => page.evaluate(() => document.fullscreenElement?.getAttribute('aria-label'))).toBe(t.ApelSlides.deckLabel);
      await page.keyboard.press('ArrowRight');
      await expect(deck.getByRole('status')).toContainText(`2 / ${slideCount}`);
      // The controls fade out in full screen and come back when the pointer moves.
      await page.mouse.move(200, 200);
      await page.mouse.move(220, 220);
      await deck.getByRole('button', { name: t.ApelSlides.exitFullscreen }).click();
      await expect.poll(() => page.evaluate(() => document.fullscreenElement)).toBeNull();
    });

    test('the QR codes decode to the short quiz, the checker and the portal', async ({ page }) => {
      await page.goto(`/${locale}/apel/`);
      const origin = await siteOrigin(page);
      const quiz = `${origin}/${locale}/kuis/?ronde=pendek`;
      const checker = `${origin}/${locale}/cek/`;
      const deck = page.getByRole('region', { name: t.ApelSlides.deckLabel });
      await deck.focus();
      await page.keyboard.press('End');
      await page.keyboard.press('ArrowLeft');
      const slideCodes = deck.getByRole('img');
      await expect(slideCodes).toHaveCount(2);
      expect(await decodeQr(slideCodes.nth(0))).toBe(quiz);
      expect(await decodeQr(slideCodes.nth(1))).toBe(checker);

      const sectionCodes = page.getByRole('region', { name: t.ApelPage.qrTitle }).getByRole('img');
      await expect(sectionCodes).toHaveCount(3);
      expect(await decodeQr(sectionCodes.nth(0))).toBe(`${origin}/${locale}/`);
      expect(await decodeQr(sectionCodes.nth(1))).toBe(quiz);
      expect(await decodeQr(sectionCodes.nth(2))).toBe(checker);
    });

    if (locale === 'id') test('the WhatsApp message has the links, copies, and opens WhatsApp with the same text', async ({ page, context }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.goto(`/${locale}/apel/`);
      const origin = await siteOrigin(page);
      const section = page.getByRole('region', { name: t.ApelPage.messageTitle });
      const message = (await section.getByTestId('whatsapp-message').inputValue()).trim();
      for (const path of ['panduan/', 'kuis/?ronde=pendek', 'cek/']) expect(message).toContain(`${origin}/${locale}/${path}`);

      await section.getByRole('button', { name: t.ApelMessage.copy }).click();
      await expect(section.getByRole('status')).toHaveText(t.ApelMessage.copied);
      expect((await page.evaluate(() => navigator.clipboard.readText())).trim()).toBe(message);

      const href = await section.getByRole('link', { name: t.ApelMessage.whatsapp }).getAttribute('href');
      const shared = new URL(href ?? '');
      expect(shared.origin + shared.pathname).toBe('https://api.whatsapp.com/send');
      expect(shared.searchParams.get('text')?.trim()).toBe(message);
    });

    if (locale === 'id') test('the poster lists every key point with a QR code to the short quiz, and prints on one A4 page without navigation', async ({ page }) => {
      await page.goto(`/${locale}/apel/`);
      await page.getByRole('link', { name: t.ApelPage.posterLink }).click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/apel/poster/$`));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.ApelPoster.heading);
      for (const point of keyPoints) await expect(page.getByText(point.text[locale], { exact: true })).toBeVisible();
      const origin = await siteOrigin(page);
      const quiz = `${origin}/${locale}/kuis/?ronde=pendek`;
      expect(await decodeQr(page.getByRole('img', { name: t.ApelPoster.qrLabel.replace('{url}', quiz) }))).toBe(quiz);

      await page.emulateMedia({ media: 'print' });
      await expect(page.getByRole('navigation', { name: t.SiteHeader.navLabel })).toBeHidden();
      await expect(page.getByRole('contentinfo')).toBeHidden();
      await expect(page.getByRole('button', { name: t.ApelPoster.print })).toBeHidden();
      await expect(page.getByText(t.SharePanel.summary)).toBeHidden();
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      expect(pdfPages(pdf)).toBe(1);
      expect(pdf.toString('latin1')).toMatch(/\/MediaBox\s*\[\s*0 0 59[45]\.\d+ 84[12]\.\d+\s*\]/);
    });

    if (locale === 'id') test('printing the apel page prints every slide on its own landscape page, without navigation', async ({ page }) => {
      await page.goto(`/${locale}/apel/`);
      await page.emulateMedia({ media: 'print' });
      await expect(page.getByRole('navigation', { name: t.SiteHeader.navLabel })).toBeHidden();
      await expect(page.getByRole('contentinfo')).toBeHidden();
      await expect(page.getByRole('button', { name: t.ApelSlides.next })).toBeHidden();
      await expect(page.getByRole('heading', { name: t.ApelPage.messageTitle })).toBeHidden();
      await expect(page.getByRole('heading', { name: t.ApelSlides.coverTitle })).toBeVisible();
      await expect(page.getByRole('heading', { name: t.ApelSlides.qrSlideTitle })).toBeVisible();
      await expect(page.getByRole('heading', { name: t.ApelPresent.notesTitle })).toBeHidden();
      const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
      expect(pdfPages(pdf)).toBe(slideCount);
      expect(pdf.toString('latin1')).toMatch(/\/MediaBox\s*\[\s*0 0 84[12]\.\d+ 59[45]\.\d+\s*\]/);
    });

    if (locale === 'id') test('axe finds nothing on the QR slide, nor with the share panel open', async ({ page }) => {
      await page.goto(`/${locale}/apel/`);
      const deck = page.getByRole('region', { name: t.ApelSlides.deckLabel });
      await deck.focus();
      await page.keyboard.press('End');
      await page.keyboard.press('ArrowLeft');
      await page.getByText(t.SharePanel.summary).click();
      expect(await axeViolations(page)).toEqual([]);
    });
  });

  if (locale === 'id') test(`the share panel of a guide page gives its QR code, link and WhatsApp share (${locale})`, async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const path = exportedPages().find((candidate) => localeOf(candidate) === locale && /\/panduan\/.+\//.test(candidate)) ?? `/${locale}/`;
    await page.goto(path);
    const origin = await siteOrigin(page);
    await page.getByText(t.SharePanel.summary).click();
    const code = page.getByRole('img', { name: t.SharePanel.qrAlt });
    await expect(code).toBeVisible();
    await expect.poll(() => code.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0)).toBe(true);
    expect(await decodeQr(code)).toBe(`${origin}${path}`);

    await page.getByRole('button', { name: t.SharePanel.copy }).click();
    await expect(page.getByText(t.SharePanel.copied)).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${origin}${path}`);
    const href = await page.getByRole('link', { name: t.SharePanel.whatsapp }).getAttribute('href');
    expect(new URL(href ?? '').searchParams.get('text')).toBe(`${origin}${path}`);
  });
}

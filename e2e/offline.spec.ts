import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { PNG } from 'pngjs';
import { exportedPages, localeOf } from './site-pages';

const messages = {
  id: JSON.parse(readFileSync('messages/id.json', 'utf8')),
  en: JSON.parse(readFileSync('messages/en.json', 'utf8')),
} as const;

const checkerRuleTitle = {
  id: 'Mendukung calon atau partai di media sosial',
  en: 'Supporting a candidate or party on social media',
} as const;

// These tests are about the service worker, which the other tests block (playwright.config.ts).
test.use({ serviceWorkers: 'allow' });

/** Waits until the service worker has precached the site and controls the page. */
async function waitForOfflineReady(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

for (const locale of ['id', 'en'] as const) {
  const t = messages[locale];

  test(`after one visit the quiz, checker, guides and slides open with no connection (${locale})`, async ({ page, context }) => {
    test.setTimeout(60_000);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`/${locale}/`);
    await waitForOfflineReady(page);
    await context.setOffline(true);

    const open = async (path: string, heading: string) => {
      const response = await page.goto(path);
      expect(response?.fromServiceWorker(), path).toBe(true);
      await expect(page.getByRole('heading', { level: 1 }), path).toHaveText(heading);
    };
    // The short round starts and checks an answer with no connection.
    await open(`/${locale}/kuis/?ronde=pendek`, t.QuizPage.title);
    const quiz = page.getByRole('main');
    await expect(quiz.getByRole('heading', { level: 2 })).toContainText(locale === 'id' ? '1 dari 10' : '1 of 10');
    await quiz.getByRole('radio').first().check();
    await quiz.getByRole('button', { name: t.Quiz.checkAnswer }).click();
    await expect(quiz.getByText(new RegExp(`^(${t.Quiz.feedbackCorrect}|${t.Quiz.feedbackWrong})`)).first()).toBeVisible();

    // A shared checker link gives its verdict, with the rule's texts, from the cache.
    await open(`/${locale}/cek/#actor=pns&activity=social_media&sm_action=like&sm_target=candidate`, t.CheckerPage.title);
    await expect(page.getByRole('heading', { level: 2, name: t.ScenarioChecker.verdictViolation, exact: true })).toBeVisible();
    await expect(page.getByRole('heading', { level: 3, name: checkerRuleTitle[locale] })).toBeVisible();
    await open(`/${locale}/panduan/`, t.GuidesPage.title);
    const guides = exportedPages().filter((path) => localeOf(path) === locale && /\/panduan\/.+\//.test(path));
    expect(guides.length).toBeGreaterThan(0);
    for (const guide of guides) {
      const response = await page.goto(guide);
      expect(response?.fromServiceWorker(), guide).toBe(true);
      await expect(page.getByRole('heading', { level: 1 }), guide).toBeVisible();
    }

    // The slides' script comes from the cache too: they still move.
    await open(`/${locale}/apel/`, t.ApelPage.title);
    const deck = page.getByRole('region', { name: t.ApelSlides.deckLabel });
    await deck.focus();
    await page.keyboard.press('ArrowRight');
    await expect(deck.getByRole('status')).toContainText('2 / ');
    expect(errors).toEqual([]);
  });
}

test('a new deployment is offered with a reload prompt and then taken over', async ({ page }) => {
  // The prompt lives on the pages with React islands; the plain HTML reading pages keep the version they
  // have until every tab is closed (the new worker waits), so they never mix two versions either.
  await page.goto('/id/kuis/');
  await waitForOfflineReady(page);
  // A new deployment is a new service worker script; a new script address stands in for it here,
  // because the browser fetches worker scripts past the test's network interception.
  await page.evaluate(() => navigator.serviceWorker.register('/sw.js?deployment=2').then(() => undefined));
  const prompt = page.getByRole('status').filter({ hasText: messages.id.UpdatePrompt.message });
  await expect(prompt).toBeVisible({ timeout: 15_000 });
  await page.evaluate(() => document.documentElement.setAttribute('data-old-version', ''));
  await Promise.all([page.waitForEvent('load'), prompt.getByRole('button', { name: messages.id.UpdatePrompt.reload }).click()]);
  // A fresh page, now controlled by the new version.
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('html[data-old-version]')).toHaveCount(0);
  expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toMatch(/\/sw\.js\?deployment=2$/);
});

test('the web app manifest is valid and its icons exist at their stated sizes', async ({ page, request }) => {
  await page.goto('/en/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBe('/manifest.webmanifest');
  const response = await request.get(href ?? '');
  expect(response.status()).toBe(200);
  const manifest = await response.json();
  expect(manifest).toMatchObject({ name: 'ASN Netral', short_name: 'ASN Netral', start_url: '/', scope: '/', display: 'standalone' });
  expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
  expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/i);
  const icons: { src: string; sizes: string; type: string; purpose?: string }[] = manifest.icons;
  expect(icons.map((icon) => icon.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
  expect(icons.some((icon) => icon.purpose === 'maskable')).toBe(true);
  const touchIcon = await page.locator('link[rel="apple-touch-icon"]').getAttribute('href');
  for (const { src, sizes } of [...icons, { src: touchIcon ?? '', sizes: '180x180' }]) {
    const image = await request.get(src);
    expect(image.status(), src).toBe(200);
    expect(image.headers()['content-type'], src).toContain('image/png');
    const png = PNG.sync.read(await image.body());
    expect(`${png.width}x${png.height}`, src).toBe(sizes);
  }
});

for (const locale of ['id', 'en'] as const) {
  test(`after one search online, the guide search works with no connection and its cache stays one copy per file (${locale})`, async ({ page, context }) => {
    test.setTimeout(60_000);
    const word = locale === 'id' ? 'kampanye' : 'campaign';
    await page.goto(`/${locale}/cari/`);
    await waitForOfflineReady(page);
    await page.goto(`/${locale}/cari/?q=${word}`);
    const firstResult = page.locator(`main a[href^="/${locale}/panduan/"]`).first();
    await expect(firstResult).toBeVisible();
    const cachedOnline = await page.evaluate(async () => {
      const names = (await caches.keys()).filter((name) => name.startsWith('search-index-'));
      return names.length === 1 ? (await (await caches.open(names[0] as string)).keys()).map((request) => request.url) : names;
    });
    expect(cachedOnline.length).toBeGreaterThan(0);
    expect(cachedOnline.filter((url) => url.includes('?'))).toEqual([]);

    await context.setOffline(true);
    await page.goto(`/${locale}/cari/?q=${word}`);
    await expect(firstResult).toBeVisible();
    // The same search again adds nothing: the entry file's `?ts=` no longer makes a new cache entry.
    const cachedOffline = await page.evaluate(async () => {
      const name = (await caches.keys()).find((candidate) => candidate.startsWith('search-index-')) as string;
      return (await (await caches.open(name)).keys()).length;
    });
    expect(cachedOffline).toBe(cachedOnline.length);
  });
}

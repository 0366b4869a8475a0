import { expect, test } from '@playwright/test';
import { exportedPages } from './site-pages';

const sectionHeadings = {
  id: {
    '/id/': 'Netralitas ASN dalam Pemilu dan Pilkada',
    '/id/panduan/': 'Panduan netralitas ASN',
    '/id/cek/': 'Cek skenario',
    '/id/kuis/': 'Kuis netralitas ASN',
    '/id/apel/': 'Bahan apel pagi',
    '/id/sumber/': 'Sumber dan dasar hukum',
  },
  en: {
    '/en/': 'Civil-service neutrality in elections',
    '/en/panduan/': 'ASN neutrality guides',
    '/en/cek/': 'Scenario checker',
    '/en/kuis/': 'ASN neutrality quiz',
    '/en/apel/': 'Morning assembly kit',
    '/en/sumber/': 'Sources and legal basis',
  },
} as const;

// Served as built: status, language and heading of each section, read from the HTML (the page checks in
// scripts/check-export.ts make sure there is exactly one h1).
for (const locale of ['id', 'en'] as const) {
  test(`every section answers in its language (${locale})`, async ({ request }) => {
    for (const [path, heading] of Object.entries(sectionHeadings[locale])) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      const html = await response.text();
      expect(/<html[^>]*\slang="([^"]+)"/.exec(html)?.[1], path).toBe(locale);
      const h1 = /<h1\b[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? '';
      expect(h1.replace(/<[^>]+>/g, '').trim(), path).toBe(heading);
    }
  });
}

test('the export has every section in both locales', () => {
  const pages = exportedPages();
  for (const locale of ['id', 'en'] as const) {
    for (const path of Object.keys(sectionHeadings[locale])) expect(pages).toContain(path);
  }
});

test('/ sends an Indonesian browser to /id/', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/id\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(sectionHeadings.id['/id/']);
});

test.describe('with an English browser', () => {
  test.use({ locale: 'en-GB' });
  test('/ sends the reader to /en/', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/en\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(sectionHeadings.en['/en/']);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('/ still leads to the portal through its links', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('link', { name: 'English' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(sectionHeadings.en['/en/']);
  });
});

for (const path of ['/id/tidak-ada/', '/en/no-such-page/', '/fr/']) {
  test(`an unknown path (${path}) shows the 404 page in both languages`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'Halaman tidak ditemukan' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
    await page.getByRole('link', { name: 'Go to the home page (English)' }).click();
    await expect(page).toHaveURL(/\/en\/$/);
  });
}

test('the 404 page offers a search and the main pages in both languages, not only the home page', async ({ page }) => {
  await page.goto('/id/tidak-ada/');
  const english = page.getByRole('navigation', { name: 'Main pages' });
  for (const name of ['Guides', 'Scenario checker', 'Quiz', 'Morning assembly']) await expect(english.getByRole('link', { name })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Halaman utama' }).getByRole('link', { name: 'Cek Skenario' })).toHaveAttribute('href', '/id/cek/');
  const search = page.getByRole('search', { name: 'Cari di panduan' });
  await search.getByRole('searchbox').fill('medsos');
  await search.getByRole('button', { name: 'Cari' }).click();
  await expect(page).toHaveURL(/\/id\/cari\/\?q=medsos$/);
});

test('the language switch keeps the current page', async ({ page }) => {
  await page.goto('/id/panduan/');
  await page.getByRole('link', { name: 'Read this page in English' }).click();
  await expect(page).toHaveURL(/\/en\/panduan\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(sectionHeadings.en['/en/panduan/']);
  await page.getByRole('link', { name: 'Baca halaman ini dalam Bahasa Indonesia' }).click();
  await expect(page).toHaveURL(/\/id\/panduan\/$/);
});

for (const locale of ['id', 'en'] as const) {
  test(`the language switch (${locale}) keeps the guide section the reader is at`, async ({ page }) => {
    const other = locale === 'id' ? 'en' : 'id';
    await page.goto(`/${locale}/panduan/media-sosial/#suka-dan-komentar`);
    await page.locator('header a[hreflang]').click();
    await expect(page).toHaveURL(new RegExp(`/${other}/panduan/media-sosial/#suka-dan-komentar$`));
  });
}

test.describe('on a 360 × 780 phone', () => {
  test.use({ viewport: { width: 360, height: 780 } });
  for (const locale of ['id', 'en'] as const) {
    test(`the header (${locale}) is at most 120 px tall and keeps search, language and every section`, async ({ page }) => {
      await page.goto(`/${locale}/panduan/`);
      const header = page.getByRole('banner');
      const box = await header.boundingBox();
      expect(box?.height).toBeLessThanOrEqual(120);
      const search = header.getByRole('search');
      await expect(search.getByRole('link', { name: locale === 'id' ? 'Cari di panduan' : 'Search the guides' })).toBeVisible();
      await expect(header.locator('a[hreflang]')).toBeVisible();
      const nav = header.getByRole('navigation');
      await expect(nav.getByRole('link')).toHaveCount(6);
      // The last section is reachable by scrolling the row sideways, which focusing it does.
      await nav.getByRole('link').last().focus();
      await expect(nav.getByRole('link').last()).toBeInViewport();
      await search.getByRole('link').click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/cari/$`));
    });
  }
});

test('the header marks the current section', async ({ page }) => {
  await page.goto('/en/kuis/');
  const nav = page.getByRole('navigation', { name: 'Main menu' });
  await expect(nav.getByRole('link', { name: 'Quiz' })).toHaveAttribute('aria-current', 'page');
  await expect(nav.getByRole('link', { name: 'Home' })).not.toHaveAttribute('aria-current', 'page');
});

for (const locale of ['id', 'en'] as const) {
  test(`keyboard (${locale}): the first Tab reaches the skip link, which moves focus to the main content`, async ({ page }) => {
    await page.goto(`/${locale}/`);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: locale === 'id' ? 'Langsung ke isi utama' : 'Skip to main content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();
  });
}

for (const locale of ['id', 'en'] as const) {
  test(`printing a guide (${locale}) leaves out the navigation, search and language switch`, async ({ page }) => {
    await page.goto(`/${locale}/panduan/media-sosial/`);
    const chrome = [
      page.getByRole('navigation', { name: locale === 'id' ? 'Menu utama' : 'Main menu' }),
      page.getByRole('searchbox'),
      page.locator('header a[hreflang]'),
    ];
    for (const part of chrome) await expect(part).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    for (const part of chrome) await expect(part).toBeHidden();
    await expect(page.getByRole('link', { name: locale === 'id' ? 'Langsung ke isi utama' : 'Skip to main content' })).toBeHidden();
  });
}

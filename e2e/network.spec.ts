import { expect, test } from '@playwright/test';
import { exportedPages } from './site-pages';

for (const path of exportedPages()) {
  test(`${path}: no request leaves the site and the console shows no error`, async ({ page, baseURL }) => {
    const origin = new URL(baseURL ?? 'http://localhost').origin;
    const foreign: string[] = [];
    const errors: string[] = [];
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
    });
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(path, { waitUntil: 'networkidle' });
    expect(foreign).toEqual([]);
    expect(errors).toEqual([]);
  });
}

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });
  test('every guide page is readable', async ({ page }) => {
    const guides = exportedPages().filter((path) => /^\/(id|en)\/panduan\/.+\//.test(path));
    expect(guides.length).toBeGreaterThan(0);
    for (const path of guides) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 }), path).toBeVisible();
      await expect(page.locator('main h2').first(), path).toBeVisible();
    }
  });
});

test('the reading pages are plain HTML; the checker, quiz and apel pages load their islands', async ({ page }) => {
  const frameworkScripts = async (path: string) => {
    const urls: string[] = [];
    const record = (request: { url: () => string }) => {
      if (request.url().includes('/_next/static/') && request.url().endsWith('.js')) urls.push(request.url());
    };
    page.on('request', record);
    await page.goto(path, { waitUntil: 'networkidle' });
    page.off('request', record);
    return urls.length;
  };
  for (const path of ['/id/', '/en/panduan/', '/id/panduan/media-sosial/', '/en/sumber/']) {
    expect(await frameworkScripts(path), path).toBe(0);
  }
  for (const path of ['/id/cek/', '/en/kuis/', '/id/apel/']) {
    expect(await frameworkScripts(path), path).toBeGreaterThan(0);
  }
});

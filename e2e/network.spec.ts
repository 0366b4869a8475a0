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

test('no page loads the framework: reading pages load the site script only, the checker, quiz and apel pages their islands too', async ({ page }) => {
  const scripts = async (path: string) => {
    const urls: string[] = [];
    const record = (request: { url: () => string; resourceType: () => string }) => {
      if (request.resourceType() === 'script') urls.push(new URL(request.url()).pathname);
    };
    page.on('request', record);
    await page.goto(path, { waitUntil: 'networkidle' });
    page.off('request', record);
    return urls;
  };
  for (const path of ['/id/', '/en/panduan/', '/id/panduan/media-sosial/', '/en/sumber/']) {
    const loaded = await scripts(path);
    expect(loaded.filter((url) => url.startsWith('/_next/')), path).toEqual([]);
    expect(loaded.map((url) => url.replace(/-[A-Z0-9]+\.js$/, '')), path).toEqual(['/_scripts/site']);
  }
  for (const [path, island] of [['/id/cek/', 'checker'], ['/en/kuis/', 'quiz'], ['/id/apel/', 'apel']] as const) {
    const loaded = await scripts(path);
    expect(loaded.filter((url) => url.startsWith('/_next/')), path).toEqual([]);
    expect(loaded.some((url) => url.startsWith(`/_scripts/${island}-`)), path).toBe(true);
  }
});

import { expect, test } from '@playwright/test';
import { securityHeaders } from '../lib/site/security-policy';
import { pageReady } from './ready';
import { exportedPages } from './site-pages';

// Runs in the `nginx` project (playwright.config.ts): out/ served by nginx with deploy/nginx.conf over HTTPS,
// as deployed. Every violation of the Content-Security-Policy is recorded in the page.
test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const seen: string[] = [];
    Object.defineProperty(window, '__cspViolations', { value: seen });
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`);
    });
  });
});

const violations = (page: import('@playwright/test').Page) =>
  page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);

test.describe('every page', () => {
  // The offline copy would download the whole site behind the first page; the test below covers the worker.
  test.use({ serviceWorkers: 'block' });
  for (const locale of ['id', 'en'] as const) {
    test(`every ${locale} page is served with the security headers and runs with no policy violation`, async ({ page }) => {
      const pages = exportedPages().filter((path) => path.startsWith(`/${locale}/`));
      expect(pages.length).toBeGreaterThan(10);
      for (const path of pages) {
        const response = await page.goto(path);
        await pageReady(page);
        expect(response?.status(), path).toBe(200);
        const headers = response?.headers() ?? {};
        for (const [name, value] of securityHeaders) expect(headers[name.toLowerCase()], `${path}: ${name}`).toBe(value);
        await expect(page.locator('meta[http-equiv="Content-Security-Policy"]'), path).toHaveCount(1);
        expect(await violations(page), path).toEqual([]);
      }
    });
  }
});

test('the checker, the quiz, search and the offline copy work under the policy', async ({ page }) => {
  await page.goto('/id/cek/');
  // The service worker installs (worker-src, and its precache under connect-src) and takes control.
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  await page.getByRole('radio').first().check();
  await page.goto('/id/kuis/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.goto('/id/cari/?q=kampanye');
  await expect(page.getByRole('main').getByRole('link').first()).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test('an injected inline script is blocked and reported', async ({ page }) => {
  await page.goto('/id/cek/');
  const ran = await page.evaluate(async () => {
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true;';
    document.body.append(script);
    await new Promise((resolve) => setTimeout(resolve, 100));
    return (window as unknown as { __injected?: boolean }).__injected === true;
  });
  expect(ran).toBe(false);
  expect((await violations(page)).some((line) => line.startsWith('script-src'))).toBe(true);
});

test('assets are cached by name, the service worker is always rechecked, and 404 keeps the headers', async ({ request }) => {
  const home = await request.get('/id/cek/');
  const script = /<script[^>]+src="(\/_scripts\/[^"]+\.js)"/.exec(await home.text())?.[1] ?? '/_scripts/none.js';
  const asset = await request.get(script);
  expect(asset.status()).toBe(200);
  expect(asset.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(asset.headers()['content-security-policy']).toBeTruthy();
  const worker = await request.get('/sw.js');
  expect(worker.headers()['cache-control']).toBe('no-cache');
  const missing = await request.get('/id/tidak-ada/');
  expect(missing.status()).toBe(404);
  expect(await missing.text()).toContain('Halaman tidak ditemukan');
  expect(missing.headers()['x-content-type-options']).toBe('nosniff');
  expect(home.headers()['content-encoding'] ?? 'gzip').toBe('gzip');
});

test('plain HTTP only redirects to HTTPS', async ({ request, baseURL }) => {
  const https = new URL(baseURL ?? '');
  const httpPort = Number(process.env.E2E_NGINX_HTTP_PORT ?? Number(https.port) + 1000);
  const response = await request.get(`http://localhost:${httpPort}/id/cek/`, { maxRedirects: 0 });
  expect(response.status()).toBe(301);
  expect(response.headers().location).toBe(`https://localhost:${https.port}/id/cek/`);
});

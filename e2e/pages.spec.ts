import { readdirSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { pageReady } from './ready';
import { exportedPages } from './site-pages';

// One browser visit per exported page (a new route or guide is covered without editing a list), checking what
// only a browser can see. What the HTML says by itself (head tags, one h1, links, scripts) is checked without a
// browser by scripts/check-export.mjs, before these tests run.
const notFound = '/id/halaman-yang-tidak-ada/';

/**
 * One page per worker for the whole loop: a new browser context per page would start a renderer process and an
 * empty cache each time, a third of a second a page (measured), for nothing these checks need. Each test gets it
 * at 360 px, light, with no listeners left from the one before.
 */
const visit = test.extend<{ visitor: Page }, { sharedPage: Page }>({
  sharedPage: [
    async ({ browser }, use, workerInfo) => {
      const { baseURL, locale } = workerInfo.project.use;
      const context = await browser.newContext({ baseURL, locale, serviceWorkers: 'block' });
      await use(await context.newPage());
      await context.close();
    },
    { scope: 'worker' },
  ],
  visitor: async ({ sharedPage }, use) => {
    await sharedPage.setViewportSize({ width: 360, height: 740 });
    await use(sharedPage);
    sharedPage.removeAllListeners();
    await sharedPage.emulateMedia({ colorScheme: null });
  },
});

visit.describe('every page, visited once', () => {
  for (const path of [...exportedPages(), notFound]) {
    visit(`${path}: fits 360 px, no foreign request, no console error, no framework script unless listed, axe clean in light and dark`, async ({
      visitor: page,
      baseURL,
    }) => {
      const origin = new URL(baseURL ?? 'http://localhost').origin;
      const foreign: string[] = [];
      const framework: string[] = [];
      const errors: string[] = [];
      page.on('request', (request) => {
        const url = request.url();
        if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
        if (url.includes('/_next/static/') && url.endsWith('.js')) framework.push(url);
      });
      page.on('console', (message) => {
        // The 404 page's own status is logged as a failed load; that is the point of the page.
        if (message.type() === 'error' && !(path === notFound && /status of 404/.test(message.text()))) errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));

      const response = await page.goto(path);
      await pageReady(page);
      expect(response?.status()).toBe(path === notFound ? 404 : 200);
      // On a 360 px phone, nothing overflows sideways.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, 'sideways overflow at 360 px').toBeLessThanOrEqual(0);

      // Then at desktop width, axe in both colour schemes, switched in place without reloading.
      await page.setViewportSize({ width: 1280, height: 720 });
      await expectNoAxeViolations(page, path);

      expect(foreign, 'requests leaving the site').toEqual([]);
      expect(errors, 'console errors').toEqual([]);
      // No page loads the framework's client runtime (islands hydrate with Preact: docs/decisions/islands.md).
      expect(framework, 'framework scripts').toEqual([]);
    });
  }
});

test('the preview images are served as PNG', async ({ request }) => {
  const images = ['id', 'en'].flatMap((locale) => readdirSync(`out/${locale}/og`).map((name) => `/${locale}/og/${name}`));
  expect(images).toHaveLength(12);
  for (const image of images) {
    const response = await request.get(image);
    expect(response.status(), image).toBe(200);
    expect(response.headers()['content-type'], image).toContain('image/png');
  }
});

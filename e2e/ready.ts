import type { Page } from '@playwright/test';

/**
 * Waits until the page has loaded, every island on it has hydrated (components/islands/hydrate.ts marks each one
 * with `data-hydrated`) and the effects that follow the first paint have run: from then on the page reacts as a
 * person would see it. Cheaper and more exact than waiting for the network to fall idle (half a second a page).
 */
export async function pageReady(page: Page) {
  await page.waitForLoadState('load');
  await page.waitForFunction(() => document.querySelector('asn-island:not([data-hydrated])') === null);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(undefined)))));
}

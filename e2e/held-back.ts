import type { Page } from '@playwright/test';

/**
 * Holds back the responses to `url` until `release()`: a test sees the page while the resource is still on its way.
 * `requested()` says whether the page has asked for it yet (a held-back request proves the page did not wait for it).
 */
export async function holdBack(page: Page, url: string) {
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  let requested = false;
  await page.route(url, async (route) => {
    requested = true;
    await released;
    await route.continue();
  });
  return { release, requested: () => requested };
}

import { expect, test } from '@playwright/test';

const text = {
  id: { footer: 'Privasi dan data Anda', title: 'Privasi', button: 'Hapus data saya di perangkat ini', done: /Selesai/, nothing: /Tidak ada data/, usage: /memakai sekitar \d+(,\d)? (kB|MB) di perangkat ini\.$/ },
  en: { footer: 'Privacy and your data', title: 'Privacy', button: 'Delete my data on this device', done: /Done/, nothing: /no data/, usage: /uses about \d+(\.\d)? (kB|MB) on this device\.$/ },
} as const;

test.describe('with the offline copy installed', () => {
  // "Delete my data" must also remove the offline copy, so these tests let the service worker install.
  test.use({ serviceWorkers: 'allow' });
  for (const locale of ['id', 'en'] as const) {
    test(`the privacy page (${locale}) is one tap from the footer and deletes everything the site keeps on the device`, async ({ page }) => {
      const t = text[locale];
      await page.goto(`/${locale}/kuis/`);
      await page.getByRole('contentinfo').getByRole('link', { name: t.footer }).click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/privasi/$`));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.title);
      // How much the site keeps here, written in the page's language.
      await expect(page.getByText(t.usage)).toBeVisible();

      // A returning reader: the offline copy is installed and the quiz has progress.
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
        localStorage.setItem('asn-netral:kuis', '{"version":1}');
        const cache = await caches.open('asn-netral-test');
        await cache.put('/id/', new Response('cached'));
      });
      await page.getByRole('button', { name: t.button }).click();
      await expect(page.getByRole('status').filter({ hasText: t.done })).toBeVisible();
      const left = await page.evaluate(async () => ({
        storage: localStorage.length,
        caches: (await caches.keys()).length,
        workers: (await navigator.serviceWorker.getRegistrations()).length,
      }));
      expect(left).toEqual({ storage: 0, caches: 0, workers: 0 });

      await page.getByRole('button', { name: t.button }).click();
      await expect(page.getByRole('status').filter({ hasText: t.nothing })).toBeVisible();
    });
  }
});

for (const locale of ['id', 'en'] as const) {
  test(`the quiz (${locale}) has its own "delete my data" control, which empties the storage`, async ({ page }) => {
    const t = text[locale];
    await page.goto(`/${locale}/kuis/?ronde=pendek`);
    // The round has started (the page is live) and is saved on the device.
    await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveText(locale === 'id' ? 'Pertanyaan 1 dari 10' : 'Question 1 of 10');
    await expect.poll(() => page.evaluate(() => localStorage.getItem('asn-netral:kuis'))).not.toBeNull();
    await page.getByRole('button', { name: t.button }).click();
    await expect(page.getByRole('status').filter({ hasText: t.done })).toBeVisible();
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
  });
}

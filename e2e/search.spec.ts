import { expect, test } from '@playwright/test';

const labels = {
  id: { box: 'Cari di panduan', guide: 'Media sosial', other: 'Acara dan foto', status: /panduan memuat "like"/ },
  en: { box: 'Search the guides', guide: 'Social media', other: 'Events and photos', status: /guides mention "like"/ },
} as const;

for (const locale of ['id', 'en'] as const) {
  test.describe(`search (${locale})`, () => {
    test('searching "like" from the header finds the social-media guide, in this language only', async ({ page }) => {
      await page.goto(`/${locale}/`);
      const box = page.getByRole('banner').getByRole('searchbox', { name: labels[locale].box });
      await box.fill('like');
      await box.press('Enter');
      await expect(page).toHaveURL(new RegExp(`/${locale}/cari/\\?q=like$`));
      await expect(page.getByRole('status')).toHaveText(labels[locale].status);
      const results = page.getByRole('main').getByRole('listitem');
      await expect(results.getByRole('link', { name: labels[locale].guide, exact: true })).toBeVisible();
      const hrefs = await page.getByRole('main').locator('ol a').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
      expect(hrefs.length).toBeGreaterThan(0);
      for (const href of hrefs) expect(href).toMatch(new RegExp(`^/${locale}/panduan/`));
      await results.getByRole('link', { name: labels[locale].guide, exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/panduan/media-sosial/$`));
    });

    test('the results page searches as you type and keeps the query in the address', async ({ page }) => {
      await page.goto(`/${locale}/cari/`);
      const box = page.getByRole('main').getByRole('searchbox');
      await box.pressSequentially('pose', { delay: 30 });
      await expect(page.getByRole('main').getByRole('link', { name: labels[locale].other, exact: true })).toBeVisible();
      await expect(page).toHaveURL(/\?q=pose$/);
      await box.fill('zzqqxx');
      await expect(page.getByRole('status')).toContainText('zzqqxx');
      await expect(page.getByRole('main').locator('ol')).toHaveCount(0);
    });
  });
}

test('the language switch keeps the search', async ({ page }) => {
  await page.goto('/id/cari/?q=like');
  await expect(page.getByRole('main').getByRole('link', { name: 'Media sosial', exact: true })).toBeVisible();
  await page.getByRole('link', { name: 'Read this page in English' }).click();
  await expect(page).toHaveURL(/\/en\/cari\/\?q=like$/);
  await expect(page.getByRole('main').getByRole('link', { name: 'Social media', exact: true })).toBeVisible();
});

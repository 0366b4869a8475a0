import { expect, type Page, test } from '@playwright/test';

// The result card says since when the law behind a rule applies, what changed and when, and the criminal
// provisions as they stand today (UU 1/2026), with old figures only as history.
const words = {
  id: {
    violation: 'Melanggar',
    inForce: /^Berlaku sejak 31 Agustus 2021$/,
    changed: /^Berubah pada 15 Agustus 2023:/,
    before: /^Sebelumnya: Sampai 14 Agustus 2023/,
    penalties: 'Ketentuan pidana',
    provision: 'UU 7/2017 Pasal 494',
  },
  en: {
    violation: 'Violation',
    inForce: /^In force since 31 August 2021$/,
    changed: /^Changed on 15 August 2023:/,
    before: /^Before: Until 14 August 2023/,
    penalties: 'Criminal provisions',
    provision: 'Law 7/2017 Article 494',
  },
} as const;

async function expectVerdict(page: Page, verdict: string) {
  await expect(page.getByRole('heading', { level: 2, name: verdict, exact: true })).toBeVisible();
}

for (const locale of ['id', 'en'] as const) {
  const w = words[locale];
  test.describe(`result dates (${locale})`, () => {
    test('a rule shows since when it applies and what changed, with the earlier law as history', async ({ page }) => {
      await page.goto(`/${locale}/cek/?actor=pns&activity=use_state_facilities`);
      await expectVerdict(page, w.violation);
      await expect(page.getByText(w.inForce)).toBeVisible();
      await expect(page.getByText(w.changed)).toBeVisible();
      const before = page.getByText(w.before);
      await expect(before).toBeVisible();
      await expect(before).toHaveAttribute('data-penalty-history');
    });

    test('a criminal provision shows today\'s state, and the old figures only as history', async ({ page }) => {
      await page.goto(`/${locale}/cek/?actor=pns&activity=campaign_team&election=pemilu&target_stage=candidate`);
      await expectVerdict(page, w.violation);
      await expect(page.getByRole('heading', { level: 4, name: w.penalties })).toBeVisible();
      const item = page.getByRole('listitem').filter({ hasText: `${w.provision}:` });
      await expect(item).toContainText('1/2026');
      const history = item.locator('[data-penalty-history]');
      await expect(history).toContainText(/12/);
      // Outside the history, no detention term and no old fine.
      const outside = await item.evaluate((node) => {
        const clone = node.cloneNode(true) as HTMLElement;
        for (const old of clone.querySelectorAll('[data-penalty-history]')) old.remove();
        return clone.textContent ?? '';
      });
      expect(outside).not.toMatch(/kurungan|detention|Rp\s?12/i);
    });
  });
}

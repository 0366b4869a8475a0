import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { exportedPages } from './site-pages';

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

// One test per exported page, so a new route or guide is checked without editing a list.
for (const path of [...exportedPages(), '/id/halaman-yang-tidak-ada/']) {
  test(`axe finds no WCAG 2.2 A/AA violation on ${path} (light and dark)`, async ({ page }) => {
    // The sources page lists every instrument and source; axe needs longer on it than on a guide.
    if (path.endsWith('/sumber/')) test.slow();
    await page.goto(path);
    for (const scheme of ['light', 'dark'] as const) {
      // The colour scheme switches in place: one load per page, axe twice.
      await page.emulateMedia({ colorScheme: scheme });
      const results = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
      const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      expect(summary, `${path} (${scheme})`).toEqual([]);
    }
  });
}

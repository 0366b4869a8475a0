import { expect, test } from '@playwright/test';
import { findOldPenalties } from '../lib/content/old-penalty';

// Since 2 January 2026 (UU 1/2023 and UU 1/2026) election crimes carry no detention ("kurungan") and no fixed
// rupiah fines or special minimums. A page may show those old figures only as history, inside an element
// marked `data-penalty-history` (rendered from content/penalties.json by <CriminalPenalty>), or in a sentence that
// itself says they applied until 1 January 2026. Every exported page is scanned for that without a browser
// (scripts/check-export.ts, `checkPenalties`); here the section that shows both is read as a reader sees it.

/** The texts on the page marked as penalty history. */
const markedHistory = (page: import('@playwright/test').Page) =>
  page.evaluate(() => [...document.querySelectorAll('[data-penalty-history]')].map((element) => element.textContent ?? ''));

for (const locale of ['id', 'en'] as const) {
  test(`the election-crimes section shows today's state and the old figures only as marked history (${locale})`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`/${locale}/panduan/sanksi/#pidana`);
    const penalty = page.locator('[data-penalty="uu-7-2017-pasal-494"]');
    await expect(penalty).toContainText(locale === 'id' ? 'Tindak pidana' : 'A criminal offence');
    await expect(penalty).toContainText(locale === 'id' ? 'UU 1/2026' : 'Law 1/2026');
    await expect(penalty).toContainText(locale === 'id' ? 'belum terkonfirmasi' : 'not confirmed');
    const history = penalty.locator('[data-penalty-history]');
    await expect(history).toContainText(locale === 'id' ? /sampai 1 Januari 2026: pidana kurungan/ : /until January 1, 2026: detention/);
    // The scan above can fail: the marked history really holds old figures on this page.
    const marked = await markedHistory(page);
    expect(marked.length).toBeGreaterThanOrEqual(6);
    expect(findOldPenalties(marked.join(' '))).toContain(locale === 'id' ? 'detention (kurungan)' : 'detention');
    await context.close();
  });
}

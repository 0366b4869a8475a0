import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** WCAG 2.2 A and AA, the level the portal promises. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * The rules the dark colour scheme can change. app/globals.css switches schemes by swapping colour custom
 * properties only (no layout, no visibility), so in dark the colour rules are the ones worth running again.
 * If the dark scheme ever changes more than colours, run the full set in both.
 */
const colourRules = ['color-contrast', 'link-in-text-block'];

/** Runs axe on the screen as it is, in the light scheme (every WCAG rule) and then the dark one (the colour rules), switched in place. */
export async function expectNoAxeViolations(page: Page, where: string) {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const axe = new AxeBuilder({ page }).withTags(wcagTags);
    const results = await (colorScheme === 'dark' ? axe.withRules(colourRules) : axe).analyze();
    const found = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(found, `${where} (${colorScheme})`).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: null });
}

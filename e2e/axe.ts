import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, type Page } from '@playwright/test';
import type { AxeResults, RunOptions } from 'axe-core';

/** WCAG 2.2 A and AA, the level the portal promises. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/**
 * The rules the dark colour scheme can change. app/globals.css switches schemes by swapping colour custom
 * properties only (no layout, no visibility), so in dark the colour rules are the ones worth running again.
 * If the dark scheme ever changes more than colours, run the full set in both.
 */
const colourRules = ['color-contrast', 'link-in-text-block'];

const axeSource = readFileSync(createRequire(__filename).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe-core in the page itself. The portal has no frames, so the frame-aware runner of `@axe-core/playwright`
 * (which opens a second page to merge frame results) only added time: about a second a run, measured.
 */
async function runAxe(page: Page, options: RunOptions): Promise<AxeResults> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate((runOptions) => (window as unknown as { axe: typeof import('axe-core') }).axe.run(document, runOptions), {
    ...options,
    resultTypes: ['violations'],
  } satisfies RunOptions);
}

/** The WCAG violations axe finds on the screen as it is (in the given rules only, when named), one line each. */
export async function axeViolations(page: Page, rules?: string[]) {
  const results = await runAxe(page, { runOnly: rules ? { type: 'rule', values: rules } : { type: 'tag', values: wcagTags } });
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * Runs axe on the screen as it is, in the light scheme (every WCAG rule) and, unless told otherwise, the dark one
 * (the colour rules), switched in place.
 */
export async function expectNoAxeViolations(page: Page, where: string, { dark = true } = {}) {
  for (const colorScheme of dark ? (['light', 'dark'] as const) : (['light'] as const)) {
    await page.emulateMedia({ colorScheme });
    expect(await axeViolations(page, colorScheme === 'dark' ? colourRules : undefined), `${where} (${colorScheme})`).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: null });
}

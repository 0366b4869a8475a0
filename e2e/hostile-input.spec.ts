import { expect, type Page, type Request, test } from '@playwright/test';
import { hostileStoredProgress, hostileValues, renderedHostileValues } from '../lib/testing/hostile-input';
import { pageReady } from './ready';

// Hostile links and stored states, as careless or hostile sharing would carry them. Every reader of such input
// meets every value in Vitest (lib/testing/hostile-input.test.ts); here the pages load the values whose harm would
// only show once rendered. Each must load without an error, inject nothing, keep the page within a 360 px screen,
// and (where the page reads the input) say what it left out. Each page kind runs its rows in one browser page.

const payloads = renderedHostileValues.map((name) => hostileValues[name]);
const encoded = (value: string) => encodeURIComponent(value);

const rows: { kind: string; url: (value: string) => string; notice?: RegExp }[] = [
  { kind: 'checker value', url: (v) => `/id/cek/#actor=${encoded(v)}`, notice: /tidak dikenali|left out/ },
  { kind: 'checker key', url: (v) => `/en/cek/#${encoded(v)}=pns&activity=vote`, notice: /not recognised/ },
  { kind: 'checker old query', url: (v) => `/id/cek/?actor=pns&activity=${encoded(v)}`, notice: /tidak dikenali/ },
  { kind: 'checker flood', url: (v) => `/en/cek/#${`${encoded(v.slice(0, 20))}=1&`.repeat(300)}actor=pns&activity=vote`, notice: /not recognised/ },
  { kind: 'quiz round', url: (v) => `/id/kuis/?ronde=${encoded(v)}`, notice: /Tautan ini meminta ronde/ },
  { kind: 'search', url: (v) => `/en/cari/?q=${encoded(v)}` },
  { kind: 'apel event', url: (v) => `/id/apel/#kantor=${encoded(v)}&tanggal=${encoded(v)}&acara=${encoded(v)}` },
  { kind: 'self-check', url: (v) => `/en/periksa-diri/#status=pns&${encoded(v)}=${encoded(v)}` },
];

async function visit(page: Page, url: string) {
  const problems: string[] = [];
  const onError = (error: Error) => problems.push(`page error: ${error.message}`);
  const onConsole = (message: { type(): string; text(): string }) => {
    if (message.type() === 'error') problems.push(`console: ${message.text().slice(0, 120)}`);
  };
  // What the page fetches on its own (the quiz bank for a stored round) must arrive and be handled too.
  const inFlight = new Set<Request>();
  const started = (request: Request) => inFlight.add(request);
  const ended = (request: Request) => inFlight.delete(request);
  page.on('pageerror', onError);
  page.on('console', onConsole);
  page.on('request', started);
  page.on('requestfinished', ended);
  page.on('requestfailed', ended);
  // A new document each time, also where only the fragment differs.
  await page.goto('about:blank');
  await page.goto(url);
  await pageReady(page);
  await expect.poll(() => inFlight.size).toBe(0);
  await pageReady(page);
  const state = await page.evaluate(() => ({
    pwned: (window as unknown as { __pwned?: number }).__pwned,
    injected: document.querySelectorAll('main img[src="x"], main script:not([src]):not([type="application/json"]), main svg[onload]').length,
    overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
  }));
  page.off('pageerror', onError);
  page.off('console', onConsole);
  page.off('request', started);
  page.off('requestfinished', ended);
  page.off('requestfailed', ended);
  return { problems, ...state };
}

test.describe('hostile links', () => {
  test.use({ viewport: { width: 360, height: 780 } });
  for (const row of rows) {
    test(`${row.kind}: ${payloads.length} hostile values load safely, fit the screen and are named`, async ({ page }) => {
      test.slow();
      for (const payload of payloads) {
        const url = row.url(payload);
        const seen = await visit(page, url);
        const label = `${row.kind} ${JSON.stringify(payload.slice(0, 30))}`;
        expect(seen.problems, label).toEqual([]);
        expect(seen.pwned, label).toBeUndefined();
        expect(seen.injected, label).toBe(0);
        expect(seen.overflow, label).toBeLessThanOrEqual(0);
        if (row.notice && payload.trim() !== '') await expect(page.getByText(row.notice).first(), label).toBeVisible();
      }
    });
  }
});

// Quiz progress as a corrupted, hand-edited, older or newer browser would leave it: one of each kind.
const storedStates = hostileStoredProgress.filter((entry) => entry.rendered).map((entry) => entry.stored);

test.describe('stored quiz progress', () => {
  test.use({ viewport: { width: 360, height: 780 } });
  test(`${storedStates.length} corrupted, older and newer entries never break the quiz`, async ({ page }) => {
    test.slow();
    await page.goto('/id/kuis/');
    for (const stored of storedStates) {
      await page.evaluate((value) => localStorage.setItem('asn-netral:kuis', value), stored);
      const seen = await visit(page, '/id/kuis/');
      const label = JSON.stringify(stored.slice(0, 40));
      expect(seen.problems, label).toEqual([]);
      expect(seen.pwned, label).toBeUndefined();
      expect(seen.injected, label).toBe(0);
      expect(seen.overflow, label).toBeLessThanOrEqual(0);
      // Either a round to start or continue, or a notice about what was found: never a blank quiz.
      await expect(page.getByRole('main').getByRole('button').first(), label).toBeVisible();
      expect(await page.evaluate(() => ({} as Record<string, unknown>).polluted), label).toBeUndefined();
    }
  });
});

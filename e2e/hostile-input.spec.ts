import { expect, type Page, type Request, test } from '@playwright/test';
import { pageReady } from './ready';

// A table of hostile links and stored states, as careless or hostile sharing would carry them. Every one must
// load without an error, inject nothing, keep the page within a 360 px screen, and (where the page reads the
// input) say what it left out. Each page kind runs its rows in one browser page, so the table stays fast.

const payloads = [
  '<img src=x onerror="window.__pwned=1">',
  '"><script>window.__pwned=1</script>',
  "javascript:window.__pwned=1",
  '\u202e\u202egnirts-desrever',
  'x'.repeat(10_000),
  '%E0%A4%A',
  '%00null',
  '__proto__',
  'constructor',
  '😀'.repeat(200),
  '<svg onload=window.__pwned=1>',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template-injection probe, meant literally
  '{{7*7}}${7*7}',
  ' '.repeat(50),
  '\u0000\u0001\u0002',
] as const;
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

// Quiz progress as a corrupted, hand-edited, older or newer browser would leave it.
const storedStates: string[] = [
  '',
  'null',
  'undefined',
  '{',
  '[]',
  '"text"',
  '42',
  'true',
  '{}',
  '{"version":1}',
  '{"version":"1"}',
  '{"version":0,"questions":["q"]}',
  '{"version":2,"round":"short","questionIds":["x"],"answers":[]}',
  '{"version":99,"anything":true}',
  '{"version":1,"round":"medium","questionIds":["x"],"answers":[]}',
  '{"version":1,"round":"short","questionIds":[],"answers":[]}',
  '{"version":1,"round":"short","questionIds":"x","answers":[]}',
  '{"version":1,"round":"short","questionIds":["a","a"],"answers":[]}',
  '{"version":1,"round":"short","questionIds":["gone"],"answers":[]}',
  '{"version":1,"round":"short","questionIds":["gone"],"answers":["true","false"]}',
  '{"version":1,"round":"short","questionIds":[1,2],"answers":[]}',
  '{"version":1,"round":"short","questionIds":["gone"],"answers":[],"finishedAt":"yesterday"}',
  '{"version":1,"round":"short","questionIds":["gone"],"answers":[],"retry":{"questionIds":"x"}}',
  '{"version":1,"round":"short","questionIds":["gone"],"answers":[],"retry":null}',
  '{"__proto__":{"polluted":1},"version":1}',
  '{"constructor":{"prototype":{"polluted":1}}}',
  `{"version":1,"round":"short","questionIds":[${'"q",'.repeat(5_000)}"q"],"answers":[]}`,
  `"${'x'.repeat(100_000)}"`,
  '{"version":1,"round":"<img src=x onerror=window.__pwned=1>","questionIds":["x"],"answers":[]}',
  '{"version":1,"round":"short","questionIds":["<script>window.__pwned=1</script>"],"answers":[]}',
  '{"version":1e400}',
  '{"version":-1}',
  '{"version":1.5,"round":"short"}',
  '{"version":null}',
  '\u202e{"version":1}',
  '{"version":1,"round":"full","questionIds":["gone"],"answers":[null]}',
  '{"version":1,"round":"short","questionIds":["gone"],"answers":[{"id":"true"}]}',
  '{"version":1,"round":"short","questionIds":["gone"],"answers":["true"],"finishedAt":"2026-13-45T99:99:99Z"}',
  '{"version":1,"round":"short","questionIds":["gone"],"answers":[],"extra":{"deep":{"deeper":[1,2,3]}}}',
  '{"version":1,"round":"short","questionIds":["gone"],"answers":[]} trailing',
  'NaN',
];

test.describe('stored quiz progress', () => {
  test.use({ viewport: { width: 360, height: 780 } });
  test(`${storedStates.length} corrupted, odd, older and newer entries never break the quiz`, async ({ page }) => {
    test.slow();
    expect(storedStates.length).toBeGreaterThanOrEqual(40);
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

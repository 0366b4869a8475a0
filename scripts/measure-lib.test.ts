import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  type Budgets,
  checkBudgets,
  formatMs,
  formatReport,
  interactionDurations,
  markdownTable,
  median,
  medianFields,
  missOf,
  pagesToMeasure,
  parseArgs,
  slowestInteractionMs,
} from './measure-lib.mjs';

const budgets: Budgets = {
  runs: 3,
  pages: [
    { kind: 'home', path: '/', jsKiB: 2 },
    { kind: 'checker', path: '/cek/', jsKiB: 40 },
  ],
  htmlCssKiB: 30,
  lighthouse: { performance: 0.99, accessibility: 1, 'best-practices': 1, seo: 1, totalBlockingTimeMs: 50, cumulativeLayoutShift: 0 },
  interactions: { maxMs: 100, cpuSlowdown: 4, journeys: ['checker'] },
};
const kib = (value: number) => value * 1024;
const figures = { performance: 1, accessibility: 1, 'best-practices': 1, seo: 1, tbtMs: 0, cls: 0, lcpMs: 900, benchmarkIndex: 1200 };

describe('median', () => {
  it('takes the middle of an odd count and the mean of the two middles of an even one, in any order', () => {
    expect(median([310, 90, 120])).toBe(120);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
  });
  it('has no median without figures, and ignores figures that are not numbers', () => {
    expect(median([])).toBeNull();
    expect(median([Number.NaN, 5, Number.POSITIVE_INFINITY])).toBe(5);
  });
  it('takes each field on its own across runs', () => {
    expect(medianFields([{ a: 1, b: 30 }, { a: 3, b: 10 }, { a: 2, b: 20 }])).toEqual({ a: 2, b: 20 });
  });
});

describe('Event Timing entries as interactions', () => {
  const entries = [
    { name: 'pointerdown', interactionId: 7, duration: 24 },
    { name: 'pointerup', interactionId: 7, duration: 40 },
    { name: 'click', interactionId: 7, duration: 136 },
    { name: 'pointerover', interactionId: 0, duration: 400 },
    { name: 'keydown', interactionId: 9, duration: 56 },
    { name: 'keyup', interactionId: 9, duration: 16 },
  ];
  it('groups the events of one interaction and keeps the longest, leaving out events that are no interaction', () => {
    expect(interactionDurations(entries)).toEqual([
      { interactionId: 7, durationMs: 136, events: ['pointerdown', 'pointerup', 'click'] },
      { interactionId: 9, durationMs: 56, events: ['keydown', 'keyup'] },
    ]);
    expect(slowestInteractionMs(entries)).toBe(136);
  });
  it('counts an interaction none of whose events reached the threshold as under it', () => {
    expect(slowestInteractionMs([{ name: 'mousemove', duration: 48 }])).toBe(0);
    expect(formatMs(0)).toBe('< 16');
    expect(formatMs(16)).toBe('16');
    expect(formatMs(135.6)).toBe('136');
  });
});

describe('the command line', () => {
  it('measures everything, three runs in both locales, by default', () => {
    expect(parseArgs([], budgets)).toMatchObject({ runs: 3, locales: ['id', 'en'], only: [], lighthouse: true, interactions: true, port: 3300 });
  });
  it('has a quick mode and narrows to kinds, a locale, a run count and a port', () => {
    expect(parseArgs(['--quick'], budgets)).toMatchObject({ runs: 1, locales: ['id'], quick: true });
    expect(parseArgs(['--only', 'checker', '--locale=en', '--runs', '5', '--port', '3400', '--no-lighthouse'], budgets)).toMatchObject({
      only: ['checker'],
      locales: ['en'],
      runs: 5,
      port: 3400,
      lighthouse: false,
      interactions: true,
    });
    expect(parseArgs(['--only=home,checker'], budgets).only).toEqual(['home', 'checker']);
  });
  it('refuses what it does not know, naming the valid kinds', () => {
    expect(() => parseArgs(['--only', 'kuiz'], budgets)).toThrow(/Unknown page kind "kuiz"; the kinds are: home, checker/);
    expect(() => parseArgs(['--fast'], budgets)).toThrow(/Unknown option "--fast"/);
    expect(() => parseArgs(['--runs', '0'], budgets)).toThrow(/--runs needs a whole number/);
    expect(() => parseArgs(['--only'], budgets)).toThrow(/--only needs a value/);
    expect(() => parseArgs(['--locale', 'fr'], budgets)).toThrow(/Unknown locale "fr"/);
  });
  it('puts each chosen kind under each chosen locale', () => {
    expect(pagesToMeasure(budgets, { only: [], locales: ['id', 'en'] }).map((page) => page.path)).toEqual(['/id/', '/en/', '/id/cek/', '/en/cek/']);
    expect(pagesToMeasure(budgets, { only: ['checker'], locales: ['en'] })).toEqual([{ kind: 'checker', locale: 'en', path: '/en/cek/' }]);
  });
});

describe('the budget check', () => {
  it('says which budget a figure misses and by how much, on the side that counts', () => {
    expect(missOf({ subject: 'checker /id/cek/', budget: 'JS (gzip)', actual: 140.63, limit: 40, at: 'most', unit: ' KiB', digits: 1 })?.message).toBe(
      'checker /id/cek/: JS (gzip) 140.6 KiB, budget ≤ 40.0 KiB (over by 100.6 KiB)',
    );
    expect(missOf({ subject: 'quiz /en/kuis/', budget: 'Lighthouse performance', actual: 0.96, limit: 0.99, at: 'least', digits: 2 })?.message).toBe(
      'quiz /en/kuis/: Lighthouse performance 0.96, budget ≥ 0.99 (short by 0.03)',
    );
    expect(missOf({ subject: 's', budget: 'b', actual: 40, limit: 40, at: 'most' })).toBeNull();
    expect(missOf({ subject: 's', budget: 'b', actual: 0.99, limit: 0.99, at: 'least' })).toBeNull();
    expect(missOf({ subject: 's', budget: 'b', actual: Number.NaN, limit: 1, at: 'least' })?.message).toBe('s: b was not measured');
  });

  it('checks sizes per kind, HTML and CSS together, every Lighthouse figure and every interaction', () => {
    const misses = checkBudgets(
      {
        sizes: [
          { kind: 'home', locale: 'id', path: '/id/', jsBytes: kib(0.9), htmlBytes: kib(20), cssBytes: kib(10) },
          { kind: 'checker', locale: 'en', path: '/en/cek/', jsBytes: kib(140.6), htmlBytes: kib(25), cssBytes: kib(6) },
        ],
        lighthouse: [
          { kind: 'home', locale: 'id', path: '/id/', runs: [figures, figures, figures], median: { ...figures, cls: 0.0004 } },
          { kind: 'checker', locale: 'id', path: '/id/cek/', runs: [figures], median: { ...figures, performance: 0.89, tbtMs: 221, cls: 0.02, seo: 0.92 } },
        ],
        interactions: [
          { journey: 'checker', locale: 'id', step: 'continue 1', runsMs: [312, 400, 576], medianMs: 400 },
          { journey: 'checker', locale: 'id', step: 'select answer 1', runsMs: [0, 24, 88], medianMs: 24 },
        ],
      },
      budgets,
    );
    expect(misses.map((miss) => miss.message)).toEqual([
      'checker /en/cek/: JS (gzip) 140.6 KiB, budget ≤ 40.0 KiB (over by 100.6 KiB)',
      'checker /en/cek/: HTML + CSS (gzip) 31.0 KiB, budget ≤ 30.0 KiB (over by 1.0 KiB)',
      'checker /id/cek/: Lighthouse performance (median of 1) 0.89, budget ≥ 0.99 (short by 0.10)',
      'checker /id/cek/: Lighthouse SEO (median of 1) 0.92, budget ≥ 1.00 (short by 0.08)',
      'checker /id/cek/: total blocking time (median of 1) 221 ms, budget ≤ 50 ms (over by 171 ms)',
      'checker /id/cek/: cumulative layout shift (median of 1) 0.020, budget ≤ 0.000 (over by 0.020)',
      'checker /id/ "continue 1": interaction at 4× CPU (median of 3) 400 ms, budget ≤ 100 ms (over by 300 ms)',
    ]);
  });

  it('keeps the shipped budgets file in the shape the script reads, with the issue\'s budgets', () => {
    const shipped: Budgets = JSON.parse(readFileSync('performance-budgets.json', 'utf8'));
    const kinds = shipped.pages.map((page) => page.kind);
    expect(new Set(kinds).size).toBe(kinds.length);
    for (const page of shipped.pages) expect(page.path).toMatch(/^\/([a-z0-9-]+\/)*$/);
    for (const kind of ['checker', 'quiz', 'apel', 'search', 'self-check', 'report']) expect(shipped.pages.find((page) => page.kind === kind)?.jsKiB).toBe(40);
    for (const kind of ['home', 'guide', 'sources']) expect(shipped.pages.find((page) => page.kind === kind)?.jsKiB).toBe(2);
    expect(shipped).toMatchObject({ runs: 3, htmlCssKiB: 30, lighthouse: budgets.lighthouse, interactions: { maxMs: 100, cpuSlowdown: 4 } });
    for (const journey of shipped.interactions.journeys) expect(kinds).toContain(journey);
  });
});

describe('the report', () => {
  it('writes markdown tables, escaping pipes and aligning numbers right', () => {
    expect(markdownTable(['page', '>JS'], [['a|b', 1.5]])).toBe('| page | JS |\n|---|---:|\n| a\\|b | 1.5 |');
  });

  it('shows every table and marks and lists the misses', () => {
    const sizes = [{ kind: 'checker', locale: 'id', path: '/id/cek/', jsBytes: kib(140.6), htmlBytes: kib(5), cssBytes: kib(6.5) }];
    const lighthouse = [
      { kind: 'checker', locale: 'id', path: '/id/cek/', runs: [figures, { ...figures, tbtMs: 80 }, figures], median: figures, failedAudits: ['best-practices: errors-in-console'] },
    ];
    const interactions = [{ journey: 'checker', locale: 'id', step: 'continue 1', runsMs: [0, 120, 140], medianMs: 120 }];
    const misses = checkBudgets({ sizes, lighthouse, interactions }, budgets);
    const options = { runs: 3, locales: ['id'], only: ['checker'], quick: false };
    const markdown = formatReport({ date: '2026-12-01 20:00 UTC', commit: 'abc1234', options, sizes, lighthouse, interactions, misses }, budgets);
    expect(markdown).toContain('3 runs per page; locales: id; only: checker.');
    expect(markdown).toContain('| checker | /id/cek/ | 140.6 ✗ | ≤ 40 | 5.0 | 6.5 | 11.5 | ≤ 30 |');
    expect(markdown).toContain('| checker | /id/cek/ | 1.00 | 1.00 / 1.00 / 1.00 | 0 | 0 / 80 / 0 | 0.000 | 0.9 | 1.00 | 1.00 | 1.00 | 1200 |');
    expect(markdown).toContain('- /id/cek/: best-practices: errors-in-console');
    expect(markdown).toContain('| checker | id | continue 1 | 120 ✗ | < 16 / 120 / 140 |');
    expect(markdown).toContain('## Missed budgets (2)');
    expect(markdown).toContain('- checker /id/ "continue 1": interaction at 4× CPU (median of 3) 120 ms, budget ≤ 100 ms (over by 20 ms)');
    expect(formatReport({ date: 'd', commit: 'c', options, sizes: [], lighthouse: [], interactions: [], misses: [] }, budgets)).toContain('**Every budget is kept.**');
  });
});

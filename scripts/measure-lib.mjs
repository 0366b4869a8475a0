// The pure parts of `npm run measure`: options, medians, Event Timing arithmetic, the budget check and the
// markdown report. No I/O here, so that Vitest covers them (scripts/measure-lib.test.ts).

/** Event Timing reports no event shorter than this (the smallest `durationThreshold` a page may ask for). */
export const eventThresholdMs = 16;

export const locales = ['id', 'en'];

/**
 * @typedef {{ kind: string, path: string, jsKiB: number }} PageBudget
 * @typedef {{ performance: number, accessibility: number, 'best-practices': number, seo: number,
 *   totalBlockingTimeMs: number, cumulativeLayoutShift: number }} LighthouseBudget
 * @typedef {{ runs: number, pages: PageBudget[], htmlCssKiB: number, lighthouse: LighthouseBudget,
 *   interactions: { maxMs: number, cpuSlowdown: number, journeys: string[] } }} Budgets
 * @typedef {{ kind: string, locale: string, path: string, jsBytes: number, htmlBytes: number, cssBytes: number }} SizeResult
 * @typedef {{ performance: number, accessibility: number, 'best-practices': number, seo: number, tbtMs: number,
 *   cls: number, lcpMs: number, benchmarkIndex: number }} LighthouseFigures
 * @typedef {{ kind: string, locale: string, path: string, runs: LighthouseFigures[], median: LighthouseFigures,
 *   failedAudits?: string[] }} LighthouseResult
 * @typedef {{ journey: string, locale: string, step: string, runsMs: number[], medianMs: number }} InteractionResult
 * @typedef {{ subject: string, budget: string, actual: number, limit: number, by: number, message: string }} Miss
 */

/** The middle value (the mean of the two middle ones for an even count); null for no values. */
export function median(/** @type {number[]} */ values) {
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  const upper = /** @type {number} */ (sorted[middle]);
  return sorted.length % 2 ? upper : (/** @type {number} */ (sorted[middle - 1]) + upper) / 2;
}

/** The median of each numeric field across runs of the same shape, each field on its own (not the median run's). */
export function medianFields(/** @type {Record<string, number>[]} */ runs) {
  /** @type {Record<string, number>} */
  const out = {};
  for (const key of Object.keys(runs[0] ?? {})) out[key] = median(runs.map((run) => /** @type {number} */ (run[key]))) ?? Number.NaN;
  return out;
}

/**
 * Event Timing entries grouped into interactions: the events one tap or key press causes (pointerdown,
 * pointerup, click; keydown, keyup) share an interactionId, and the interaction lasts as long as its longest
 * event (the INP definition). Events without an interactionId (hover, scroll) are no interaction.
 * @param {{ name: string, interactionId?: number, duration: number }[]} entries
 */
export function interactionDurations(entries) {
  /** @type {Map<number, { interactionId: number, durationMs: number, events: string[] }>} */
  const byId = new Map();
  for (const entry of entries) {
    if (!entry.interactionId) continue;
    const seen = byId.get(entry.interactionId) ?? { interactionId: entry.interactionId, durationMs: 0, events: [] };
    seen.durationMs = Math.max(seen.durationMs, entry.duration);
    if (!seen.events.includes(entry.name)) seen.events.push(entry.name);
    byId.set(entry.interactionId, seen);
  }
  return [...byId.values()];
}

/** The slowest interaction among the entries, 0 when none reached the reporting threshold. */
export const slowestInteractionMs = (/** @type {Parameters<typeof interactionDurations>[0]} */ entries) =>
  Math.max(0, ...interactionDurations(entries).map((interaction) => interaction.durationMs));

export const usage = `Usage: npm run measure [-- options]
  --quick            one run per page, Indonesian pages only (for development)
  --only KIND[,KIND] only these page kinds (see performance-budgets.json), e.g. --only checker,quiz
  --locale id|en     only one locale
  --runs N           Lighthouse runs and interaction repetitions per page (default: "runs" in the budgets)
  --no-lighthouse    skip Lighthouse
  --no-interactions  skip the Event Timing interactions
  --port N           port for the local server (default 3300; Chromium's debugging port is N + 1)
Without options every page kind is measured in both locales; the exit status is 1 when a budget is missed.`;

/**
 * Reads the command line. Throws with the usage text on an unknown option or kind.
 * @param {string[]} argv
 * @param {Budgets} budgets
 */
export function parseArgs(argv, budgets) {
  const kinds = budgets.pages.map((page) => page.kind);
  const options = {
    runs: budgets.runs,
    locales: [...locales],
    /** @type {string[]} */
    only: [],
    lighthouse: true,
    interactions: true,
    port: 3300,
    quick: false,
    help: false,
  };
  const fail = (/** @type {string} */ message) => {
    throw new Error(`${message}\n\n${usage}`);
  };
  const valueAfter = (/** @type {number} */ index, /** @type {string} */ flag) => {
    const value = argv[index + 1];
    if (value === undefined || value.startsWith('--')) fail(`${flag} needs a value.`);
    return /** @type {string} */ (value);
  };
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index] ?? '';
    const equals = argument.startsWith('--') ? argument.indexOf('=') : -1;
    const flag = equals > 0 ? argument.slice(0, equals) : argument;
    const inline = equals > 0 ? argument.slice(equals + 1) : undefined;
    const value = () => {
      if (inline !== undefined) return inline;
      const next = valueAfter(index, flag);
      index++;
      return next;
    };
    if (flag === '--quick') {
      options.quick = true;
      options.runs = 1;
      options.locales = ['id'];
    } else if (flag === '--only') options.only.push(...value().split(',').filter(Boolean));
    else if (flag === '--locale') {
      const locale = value();
      if (!locales.includes(locale)) fail(`Unknown locale "${locale}".`);
      options.locales = [locale];
    } else if (flag === '--runs') {
      const runs = Number(value());
      if (!Number.isInteger(runs) || runs < 1) fail('--runs needs a whole number of 1 or more.');
      options.runs = runs;
    } else if (flag === '--port') {
      const port = Number(value());
      if (!Number.isInteger(port) || port < 1 || port > 65534) fail('--port needs a port number.');
      options.port = port;
    } else if (flag === '--no-lighthouse') options.lighthouse = false;
    else if (flag === '--no-interactions') options.interactions = false;
    else if (flag === '--help' || flag === '-h') options.help = true;
    else fail(`Unknown option "${argv[index]}".`);
  }
  const unknown = options.only.filter((kind) => !kinds.includes(kind));
  if (unknown.length > 0) fail(`Unknown page kind ${unknown.map((kind) => `"${kind}"`).join(', ')}; the kinds are: ${kinds.join(', ')}.`);
  return options;
}

/** The pages to measure: each chosen kind under each chosen locale. */
export function pagesToMeasure(/** @type {Budgets} */ budgets, /** @type {{ only: string[], locales: string[] }} */ options) {
  const chosen = budgets.pages.filter((page) => options.only.length === 0 || options.only.includes(page.kind));
  return chosen.flatMap((page) => options.locales.map((locale) => ({ kind: page.kind, locale, path: `/${locale}${page.path}` })));
}

const kib = (/** @type {number} */ bytes) => bytes / 1024;
const fixed = (/** @type {number} */ value, /** @type {number} */ digits) => (Number.isFinite(value) ? value.toFixed(digits) : 'n/a');

/**
 * One missed budget, or null when the actual figure keeps it. `at` says which side is good: a size may be
 * at most the limit, a score at least. The message names the page, the budget and by how much it is missed.
 * @param {{ subject: string, budget: string, actual: number, limit: number, at: 'most' | 'least', unit?: string, digits?: number }} check
 * @returns {Miss | null}
 */
export function missOf({ subject, budget, actual, limit, at, unit = '', digits = 0 }) {
  const kept = Number.isFinite(actual) && (at === 'most' ? actual <= limit : actual >= limit);
  if (kept) return null;
  const by = Math.abs(actual - limit);
  const show = (/** @type {number} */ value) => `${fixed(value, digits)}${unit}`;
  const message = Number.isFinite(actual)
    ? `${subject}: ${budget} ${show(actual)}, budget ${at === 'most' ? '≤' : '≥'} ${show(limit)} (${at === 'most' ? 'over' : 'short'} by ${show(by)})`
    : `${subject}: ${budget} was not measured`;
  return { subject, budget, actual, limit, by, message };
}

/** Lighthouse figures and their budgets: which field, which side is good, how it is shown. */
const lighthouseChecks = /** @type {const} */ ([
  { field: 'performance', budget: 'performance', label: 'Lighthouse performance', at: 'least', digits: 2, unit: '' },
  { field: 'accessibility', budget: 'accessibility', label: 'Lighthouse accessibility', at: 'least', digits: 2, unit: '' },
  { field: 'best-practices', budget: 'best-practices', label: 'Lighthouse best practices', at: 'least', digits: 2, unit: '' },
  { field: 'seo', budget: 'seo', label: 'Lighthouse SEO', at: 'least', digits: 2, unit: '' },
  { field: 'tbtMs', budget: 'totalBlockingTimeMs', label: 'total blocking time', at: 'most', digits: 0, unit: ' ms' },
  { field: 'cls', budget: 'cumulativeLayoutShift', label: 'cumulative layout shift', at: 'most', digits: 3, unit: '' },
]);

/**
 * Every missed budget in a measurement. Lighthouse figures are medians of the runs; CLS is compared as
 * Lighthouse shows it (three decimals), so that a sub-pixel shift of 0.00001 is not a miss.
 * @param {{ sizes: SizeResult[], lighthouse: LighthouseResult[], interactions: InteractionResult[] }} measured
 * @param {Budgets} budgets
 */
export function checkBudgets(measured, budgets) {
  /** @type {(Miss | null)[]} */
  const misses = [];
  for (const size of measured.sizes) {
    const page = budgets.pages.find((candidate) => candidate.kind === size.kind);
    const subject = `${size.kind} ${size.path}`;
    if (page) misses.push(missOf({ subject, budget: 'JS (gzip)', actual: kib(size.jsBytes), limit: page.jsKiB, at: 'most', unit: ' KiB', digits: 1 }));
    misses.push(
      missOf({ subject, budget: 'HTML + CSS (gzip)', actual: kib(size.htmlBytes + size.cssBytes), limit: budgets.htmlCssKiB, at: 'most', unit: ' KiB', digits: 1 }),
    );
  }
  for (const result of measured.lighthouse) {
    for (const check of lighthouseChecks) {
      const raw = result.median[check.field];
      const actual = check.field === 'cls' ? Math.round(raw * 1000) / 1000 : raw;
      misses.push(
        missOf({ subject: `${result.kind} ${result.path}`, budget: `${check.label} (median of ${result.runs.length})`, actual, limit: budgets.lighthouse[check.budget], at: check.at, unit: check.unit, digits: check.digits }),
      );
    }
  }
  for (const interaction of measured.interactions) {
    misses.push(
      missOf({
        subject: `${interaction.journey} /${interaction.locale}/ "${interaction.step}"`,
        budget: `interaction at ${budgets.interactions.cpuSlowdown}× CPU (median of ${interaction.runsMs.length})`,
        actual: interaction.medianMs,
        limit: budgets.interactions.maxMs,
        at: 'most',
        unit: ' ms',
      }),
    );
  }
  return /** @type {Miss[]} */ (misses.filter(Boolean));
}

/**
 * A GitHub-flavoured markdown table. Columns whose title starts with '>' are right-aligned (numbers).
 * @param {string[]} titles
 * @param {(string | number)[][]} rows
 */
export function markdownTable(titles, rows) {
  const cell = (/** @type {string | number} */ value) => String(value).replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const right = titles.map((title) => title.startsWith('>'));
  const head = `| ${titles.map((title) => cell(title.replace(/^>/, ''))).join(' | ')} |`;
  const rule = `|${right.map((isRight) => (isRight ? '---:' : '---')).join('|')}|`;
  return [head, rule, ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`)].join('\n');
}

/** An interaction's time as shown: under the Event Timing threshold the exact figure is unknown. */
export const formatMs = (/** @type {number} */ ms) => (ms < eventThresholdMs ? `< ${eventThresholdMs}` : String(Math.round(ms)));

/** A mark after a figure that missed its budget, so a miss stands out in the table. */
const flag = (/** @type {boolean} */ missed) => (missed ? ' ✗' : '');

/**
 * The whole report as markdown: sizes, Lighthouse, interactions, then the misses.
 * @param {{ date: string, commit: string, options: { runs: number, locales: string[], only: string[], quick: boolean },
 *   sizes: SizeResult[], lighthouse: LighthouseResult[], interactions: InteractionResult[], misses: Miss[] }} report
 * @param {Budgets} budgets
 */
export function formatReport(report, budgets) {
  const missed = (/** @type {string} */ subject, /** @type {string} */ budgetPrefix) =>
    report.misses.some((miss) => miss.subject === subject && miss.budget.startsWith(budgetPrefix));
  const scope = [
    `${report.options.runs} run${report.options.runs === 1 ? '' : 's'} per page`,
    `locales: ${report.options.locales.join(', ')}`,
    report.options.only.length > 0 ? `only: ${report.options.only.join(', ')}` : 'every page kind',
  ];
  const parts = [`# Measurement (${report.date}, ${report.commit})`, '', `${scope.join('; ')}. Budgets: performance-budgets.json.`];

  if (report.sizes.length > 0) {
    parts.push('', '## Transferred on the first visit (KiB, gzip)', '');
    const rows = report.sizes.map((size) => {
      const subject = `${size.kind} ${size.path}`;
      const budget = budgets.pages.find((page) => page.kind === size.kind)?.jsKiB ?? Number.NaN;
      return [
        size.kind,
        size.path,
        fixed(kib(size.jsBytes), 1) + flag(missed(subject, 'JS')),
        `≤ ${budget}`,
        fixed(kib(size.htmlBytes), 1),
        fixed(kib(size.cssBytes), 1),
        fixed(kib(size.htmlBytes + size.cssBytes), 1) + flag(missed(subject, 'HTML')),
        `≤ ${budgets.htmlCssKiB}`,
      ];
    });
    parts.push(markdownTable(['page', 'path', '>JS', '>JS budget', '>HTML', '>CSS', '>HTML + CSS', '>budget'], rows));
  }

  if (report.lighthouse.length > 0) {
    const budget = budgets.lighthouse;
    parts.push(
      '',
      `## Lighthouse mobile (median of ${report.options.runs})`,
      '',
      `Budgets: performance ≥ ${budget.performance}, TBT ≤ ${budget.totalBlockingTimeMs} ms, CLS ≤ ${budget.cumulativeLayoutShift}, accessibility ≥ ${budget.accessibility}, best practices ≥ ${budget['best-practices']}, SEO ≥ ${budget.seo}.`,
      '',
    );
    const rows = report.lighthouse.map((result) => {
      const subject = `${result.kind} ${result.path}`;
      const m = result.median;
      const runs = (/** @type {(run: LighthouseFigures) => string} */ show) => result.runs.map(show).join(' / ');
      return [
        result.kind,
        result.path,
        fixed(m.performance, 2) + flag(missed(subject, 'Lighthouse performance')),
        runs((run) => fixed(run.performance, 2)),
        fixed(m.tbtMs, 0) + flag(missed(subject, 'total blocking')),
        runs((run) => fixed(run.tbtMs, 0)),
        fixed(m.cls, 3) + flag(missed(subject, 'cumulative')),
        fixed(m.lcpMs / 1000, 1),
        fixed(m.accessibility, 2) + flag(missed(subject, 'Lighthouse accessibility')),
        fixed(m['best-practices'], 2) + flag(missed(subject, 'Lighthouse best')),
        fixed(m.seo, 2) + flag(missed(subject, 'Lighthouse SEO')),
        fixed(m.benchmarkIndex, 0),
      ];
    });
    parts.push(markdownTable(['page', 'path', '>perf', 'perf runs', '>TBT ms', 'TBT runs', '>CLS', '>LCP s', '>a11y', '>BP', '>SEO', '>CPU index'], rows));
    parts.push(
      '',
      "CPU index: Lighthouse's benchmark of the machine during the runs (higher is faster). TBT is simulated from the tasks observed, so a low index (a busy machine) inflates it: measure on an idle machine.",
    );
  }

  const failing = report.lighthouse.filter((result) => (result.failedAudits ?? []).length > 0);
  if (failing.length > 0) {
    parts.push('', 'Audits that failed in some run (outside performance):', '');
    parts.push(...failing.map((result) => `- ${result.path}: ${(result.failedAudits ?? []).join(', ')}`));
  }

  if (report.interactions.length > 0) {
    parts.push(
      '',
      `## Interactions at ${budgets.interactions.cpuSlowdown}× CPU slowdown (Event Timing, ms, median of ${report.options.runs})`,
      '',
      `The longest event of each interaction, from input to the next paint; budget ≤ ${budgets.interactions.maxMs} ms.`,
      '',
    );
    const rows = report.interactions.map((interaction) => [
      interaction.journey,
      interaction.locale,
      interaction.step,
      formatMs(interaction.medianMs) + flag(interaction.medianMs > budgets.interactions.maxMs),
      interaction.runsMs.map(formatMs).join(' / '),
    ]);
    parts.push(markdownTable(['page', 'locale', 'interaction', '>median', 'runs'], rows));
  }

  parts.push('', report.misses.length === 0 ? '**Every budget is kept.**' : `## Missed budgets (${report.misses.length})`);
  if (report.misses.length > 0) parts.push('', ...report.misses.map((miss) => `- ${miss.message}`));
  return `${parts.join('\n')}\n`;
}

#!/usr/bin/env node
// `npm run measure`: what each kind of page costs a phone, checked against performance-budgets.json.
// Serves out/ with gzip (scripts/serve.mjs) and, for every page kind in both locales:
//   - sums what the first visit transfers (Resource Timing's encodedBodySize: JavaScript, HTML, CSS);
//   - runs Lighthouse (mobile preset, simulated throttling) several times and takes the median of each figure;
// then drives the checker, quiz and slide deck at a 4× slower CPU and times each interaction with Event Timing
// (scripts/measure-interactions.mjs). Prints a markdown table, writes reports/measure.md and reports/measure.json,
// and exits 1 naming every budget missed and by how much. `npm run measure -- --help` lists the options.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { findBrowser } from './find-browser.mjs';
import { measureInteractions } from './measure-interactions.mjs';
import { checkBudgets, formatReport, medianFields, pagesToMeasure, parseArgs } from './measure-lib.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** @type {import('./measure-lib.mjs').Budgets} */
const budgets = JSON.parse(readFileSync(path.join(root, 'performance-budgets.json'), 'utf8'));
const log = (/** @type {string} */ line) => console.error(line);

let options;
try {
  options = parseArgs(process.argv.slice(2), budgets);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(2);
}
if (options.help) {
  console.log((await import('./measure-lib.mjs')).usage);
  process.exit(0);
}
if (!existsSync(path.join(root, 'out', 'index.html'))) {
  console.error('out/ has no build: run `npm run build` first.');
  process.exit(1);
}

const origin = `http://localhost:${options.port}`;
const pages = pagesToMeasure(budgets, options);
const journeys = budgets.interactions.journeys.filter((journey) => options.only.length === 0 || options.only.includes(journey));

/** Starts scripts/serve.mjs and waits until it answers. */
async function startServer() {
  const server = spawn(process.execPath, [path.join(root, 'scripts', 'serve.mjs'), '--port', String(options.port)], { cwd: root, stdio: 'ignore' });
  for (let waited = 0; waited < 30_000; waited += 250) {
    if (server.exitCode !== null) throw new Error(`the server stopped (is port ${options.port} taken?)`);
    try {
      if ((await fetch(`${origin}/id/`)).ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  server.kill();
  throw new Error(`the server did not answer at ${origin} within 30 s`);
}

/** What the first visit to a page transfers, by type, as the browser counts it (gzip, from the server). */
async function measureSizes(/** @type {import('@playwright/test').Browser} */ browser) {
  /** @type {(import('./measure-lib.mjs').SizeResult & { scripts: { url: string, bytes: number }[], otherBytes: number })[]} */
  const sizes = [];
  for (const page of pages) {
    log(`sizes: ${page.path}`);
    const context = await browser.newContext({ viewport: { width: 412, height: 823 }, serviceWorkers: 'block' });
    try {
      const tab = await context.newPage();
      await tab.addInitScript(() => performance.setResourceTimingBufferSize(2000));
      await tab.goto(origin + page.path, { waitUntil: 'networkidle' });
      const measured = await tab.evaluate(() => {
        const entries = /** @type {PerformanceResourceTiming[]} */ (performance.getEntriesByType('resource'));
        const pathOf = (/** @type {PerformanceResourceTiming} */ entry) => new URL(entry.name).pathname;
        const isScript = (/** @type {PerformanceResourceTiming} */ entry) => entry.initiatorType === 'script' || /\.m?js$/.test(pathOf(entry));
        const isStyle = (/** @type {PerformanceResourceTiming} */ entry) => /\.css$/.test(pathOf(entry));
        const sum = (/** @type {PerformanceResourceTiming[]} */ list) => list.reduce((total, entry) => total + entry.encodedBodySize, 0);
        const navigation = /** @type {PerformanceNavigationTiming | undefined} */ (performance.getEntriesByType('navigation')[0]);
        return {
          jsBytes: sum(entries.filter(isScript)),
          cssBytes: sum(entries.filter(isStyle)),
          otherBytes: sum(entries.filter((entry) => !isScript(entry) && !isStyle(entry))),
          htmlBytes: navigation?.encodedBodySize ?? 0,
          scripts: entries.filter(isScript).map((entry) => ({ url: pathOf(entry), bytes: entry.encodedBodySize })),
        };
      });
      sizes.push({ ...page, ...measured });
    } finally {
      await context.close();
    }
  }
  return sizes;
}

/** A headless Chromium with a debugging port for Lighthouse, in a throwaway profile. */
async function launchChromeForLighthouse(/** @type {string} */ executablePath) {
  const port = options.port + 1;
  const profile = mkdtempSync(path.join(tmpdir(), 'asn-measure-chrome-'));
  const flags = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--no-default-browser-check',
    '--disable-extensions', '--disable-sync', '--disable-background-networking', '--disable-default-apps', '--mute-audio',
    `--remote-debugging-port=${port}`, `--user-data-dir=${profile}`, 'about:blank'];
  const chrome = spawn(executablePath, flags, { stdio: 'ignore' });
  /** Stops Chromium and, once it has exited (it writes its profile until then), removes the profile. */
  const close = async () => {
    if (chrome.exitCode === null && chrome.signalCode === null) {
      const exited = new Promise((resolve) => chrome.once('exit', resolve));
      chrome.kill();
      const timer = setTimeout(() => chrome.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    }
    try {
      rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
    } catch (error) {
      log(`Could not remove the temporary profile ${profile}: ${error instanceof Error ? error.message : error}`);
    }
  };
  for (let waited = 0; waited < 30_000; waited += 250) {
    if (chrome.exitCode !== null) break;
    try {
      if ((await fetch(`http://127.0.0.1:${port}/json/version`)).ok) return { port, close };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await close();
  throw new Error(`Chromium (${executablePath}) did not open its debugging port ${port}`);
}

const categories = /** @type {const} */ (['performance', 'accessibility', 'best-practices', 'seo']);

/** @type {{ subject: string, message: string }[]} */
const lighthouseErrors = [];

/**
 * One Lighthouse run (mobile preset). A run whose trace failed (Lighthouse's runtimeError, e.g. NO_NAVSTART on a
 * busy machine) is tried again twice, as Lighthouse itself advises, before it counts as failed.
 * @param {typeof import('lighthouse').default} lighthouse
 */
async function lighthouseRun(lighthouse, /** @type {number} */ port, /** @type {string} */ pagePath) {
  for (let attempt = 1; ; attempt++) {
    const result = await lighthouse(origin + pagePath, { port, output: 'json', logLevel: 'error', onlyCategories: [...categories] });
    const lhr = result?.lhr;
    if (!lhr) throw new Error(`Lighthouse returned nothing for ${pagePath}`);
    if (!lhr.runtimeError || attempt === 3) return lhr;
    log(`  Lighthouse: ${lhr.runtimeError.code}; trying again`);
  }
}

/** Lighthouse mobile on every page, `runs` times each; the median of each figure, and the audits that failed. */
async function measureLighthouse(/** @type {string} */ executablePath) {
  const { default: lighthouse } = await import('lighthouse');
  const chrome = await launchChromeForLighthouse(executablePath);
  /** @type {import('./measure-lib.mjs').LighthouseResult[]} */
  const results = [];
  mkdirSync(path.join(root, 'reports', 'lighthouse'), { recursive: true });
  try {
    for (const page of pages) {
      /** @type {import('./measure-lib.mjs').LighthouseFigures[]} */
      const runs = [];
      const failed = new Set();
      for (let run = 1; run <= options.runs; run++) {
        log(`lighthouse: ${page.path} run ${run} of ${options.runs}`);
        const lhr = await lighthouseRun(lighthouse, chrome.port, page.path);
        if (lhr.runtimeError) lighthouseErrors.push({ subject: `${page.kind} ${page.path}`, message: `${page.kind} ${page.path}: Lighthouse run ${run} failed (${lhr.runtimeError.code})` });
        if (run === 1) writeFileSync(path.join(root, 'reports', 'lighthouse', `${page.kind}-${page.locale}.json`), JSON.stringify(lhr));
        const score = (/** @type {typeof categories[number]} */ id) => lhr.categories[id]?.score ?? Number.NaN;
        const numeric = (/** @type {string} */ id) => lhr.audits[id]?.numericValue ?? Number.NaN;
        runs.push({
          performance: score('performance'),
          accessibility: score('accessibility'),
          'best-practices': score('best-practices'),
          seo: score('seo'),
          tbtMs: numeric('total-blocking-time'),
          cls: numeric('cumulative-layout-shift'),
          lcpMs: numeric('largest-contentful-paint'),
          benchmarkIndex: lhr.environment?.benchmarkIndex ?? Number.NaN,
        });
        // The scored audits that failed outside performance say why a 1.0 category was missed.
        for (const id of categories.slice(1)) {
          for (const ref of lhr.categories[id]?.auditRefs ?? []) {
            const audit = lhr.audits[ref.id];
            if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) failed.add(`${id}: ${ref.id}`);
          }
        }
      }
      const median = /** @type {import('./measure-lib.mjs').LighthouseFigures} */ (/** @type {unknown} */ (medianFields(runs)));
      results.push({ ...page, runs, median, failedAudits: [...failed] });
    }
  } finally {
    await chrome.close();
  }
  return results;
}

const commit = () => {
  const head = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' });
  const dirty = spawnSync('git', ['status', '--porcelain'], { cwd: root, encoding: 'utf8' }).stdout?.trim();
  return head.status === 0 ? `${head.stdout.trim()}${dirty ? ' with local changes' : ''}` : 'no git commit';
};

// Sizes and interactions are measured in the browser the tests use (the headless shell where installed): Chrome's
// desktop headless mode presents a page's first changed frame 300–1,300 ms late with no work on any thread to
// account for it, which no phone does (docs/decisions/islands.md). Lighthouse measures in Chrome's own headless mode.
const testBrowserPath = findBrowser().path || undefined;
const lighthousePath = findBrowser({ desktop: true }).path || chromium.executablePath();
const started = Date.now();
const server = await startServer();
/** @type {Awaited<ReturnType<typeof measureSizes>>} */
let sizes = [];
/** @type {Awaited<ReturnType<typeof measureLighthouse>>} */
let lighthouseResults = [];
/** @type {Awaited<ReturnType<typeof measureInteractions>>} */
let interactions = { results: [], errors: [] };
try {
  const browser = await chromium.launch({ executablePath: testBrowserPath, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  try {
    sizes = await measureSizes(browser);
    if (options.interactions && journeys.length > 0) {
      interactions = await measureInteractions({ browser, origin, journeys, locales: options.locales, runs: options.runs, cpuSlowdown: budgets.interactions.cpuSlowdown, log });
    }
  } finally {
    await browser.close();
  }
  if (options.lighthouse) lighthouseResults = await measureLighthouse(lighthousePath);
} finally {
  server.kill();
}

const measured = { sizes, lighthouse: lighthouseResults, interactions: interactions.results };
const misses = [
  ...checkBudgets(measured, budgets),
  ...[...interactions.errors, ...lighthouseErrors].map(({ subject, message }) => ({ subject, budget: 'measurement', actual: Number.NaN, limit: Number.NaN, by: Number.NaN, message })),
];
const report = { date: `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`, commit: commit(), options, ...measured, misses };
const markdown = formatReport(report, budgets);
mkdirSync(path.join(root, 'reports'), { recursive: true });
writeFileSync(path.join(root, 'reports', 'measure.md'), markdown);
writeFileSync(path.join(root, 'reports', 'measure.json'), `${JSON.stringify({ ...report, budgets }, null, 2)}\n`);
console.log(markdown);
log(`Measured in ${Math.round((Date.now() - started) / 1000)} s; written to reports/measure.md and reports/measure.json.`);
process.exit(misses.length > 0 ? 1 : 0);

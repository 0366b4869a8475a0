#!/usr/bin/env node
// `npm run measure`: what each kind of page costs a phone, checked against the budgets in README.
// Serves out/, loads each page in Chromium and sums the encoded (gzip) size of its scripts and styles;
// with --lighthouse it also runs Lighthouse (mobile preset) on each page.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { findBrowser } from './find-browser.mjs';

const port = 3300;
const origin = `http://localhost:${port}`;
const kib = (bytes) => (bytes / 1024).toFixed(1);

/** Page kinds and their budgets: KiB of gzip JavaScript. */
const pages = [
  { path: '/id/', kind: 'home', jsBudget: 2 },
  { path: '/id/panduan/', kind: 'guide index', jsBudget: 2 },
  { path: '/id/panduan/apa-itu-netralitas/', kind: 'guide', jsBudget: 2 },
  { path: '/en/sumber/', kind: 'sources', jsBudget: 2 },
  { path: '/id/cek/', kind: 'checker', jsBudget: 155 },
  { path: '/id/kuis/', kind: 'quiz', jsBudget: 155 },
  { path: '/id/apel/', kind: 'apel', jsBudget: 155 },
];
const lighthouseBudget = { performance: 0.99, accessibility: 1, 'best-practices': 1, seo: 1, tbtMs: 50, cls: 0 };

if (!existsSync('out/index.html')) {
  console.error('out/ has no build: run `npm run build` first.');
  process.exit(1);
}
const server = spawn('node', ['scripts/serve.mjs', '--port', String(port)], { stdio: 'ignore' });
await new Promise((resolve) => setTimeout(resolve, 1500));

const { path: executablePath } = findBrowser();
const browser = await chromium.launch({ executablePath: executablePath || undefined, args: ['--no-sandbox', '--disable-gpu'] });
let failed = false;
const rows = [];
try {
  for (const page of pages) {
    const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
    const tab = await context.newPage();
    await tab.goto(origin + page.path, { waitUntil: 'networkidle' });
    const sizes = await tab.evaluate(() => {
      const entries = performance.getEntriesByType('resource');
      const sum = (test) => entries.filter(test).reduce((total, entry) => total + entry.encodedBodySize, 0);
      const nav = performance.getEntriesByType('navigation')[0];
      return {
        js: sum((entry) => entry.initiatorType === 'script' || entry.name.endsWith('.js')),
        css: sum((entry) => entry.name.endsWith('.css')),
        html: nav ? nav.encodedBodySize : 0,
      };
    });
    await context.close();
    const over = sizes.js / 1024 > page.jsBudget;
    failed ||= over;
    rows.push({ ...page, ...sizes, over });
  }
} finally {
  await browser.close();
}

console.log('\npage                                   kind         JS KiB gz   CSS KiB gz  HTML KiB gz  budget');
for (const row of rows) {
  console.log(
    `${row.path.padEnd(38)} ${row.kind.padEnd(12)} ${kib(row.js).padStart(9)} ${kib(row.css).padStart(12)} ${kib(row.html).padStart(12)}  ${row.over ? `OVER ${row.jsBudget}` : `≤ ${row.jsBudget}`}`,
  );
}

if (process.argv.includes('--lighthouse')) {
  mkdirSync('reports/lighthouse', { recursive: true });
  console.log('\nLighthouse (mobile, simulated throttling):');
  for (const page of pages) {
    const file = `reports/lighthouse/${page.kind.replace(/\s/g, '-')}.json`;
    const result = spawnSync(
      'npx',
      ['lighthouse', origin + page.path, '--output=json', `--output-path=${file}`, '--quiet',
        '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage'],
      { env: { ...process.env, CHROME_PATH: executablePath || process.env.CHROME_PATH }, stdio: 'inherit' },
    );
    if (result.status !== 0) {
      failed = true;
      continue;
    }
    const report = JSON.parse((await import('node:fs')).readFileSync(file, 'utf8'));
    const score = (id) => report.categories[id].score;
    const tbt = report.audits['total-blocking-time'].numericValue;
    const cls = report.audits['cumulative-layout-shift'].numericValue;
    const ok =
      score('performance') >= lighthouseBudget.performance &&
      score('accessibility') >= lighthouseBudget.accessibility &&
      score('best-practices') >= lighthouseBudget['best-practices'] &&
      score('seo') >= lighthouseBudget.seo &&
      tbt <= lighthouseBudget.tbtMs &&
      cls <= lighthouseBudget.cls;
    failed ||= !ok;
    console.log(
      `${page.path.padEnd(38)} perf ${score('performance')} a11y ${score('accessibility')} bp ${score('best-practices')} seo ${score('seo')} TBT ${Math.round(tbt)} ms CLS ${cls.toFixed(3)} ${ok ? 'ok' : 'OVER BUDGET'}`,
    );
  }
}
mkdirSync('reports', { recursive: true });
writeFileSync('reports/measure.json', JSON.stringify(rows, null, 2));
server.kill();
process.exit(failed ? 1 : 0);

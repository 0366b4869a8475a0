#!/usr/bin/env node
// `npm test`: lint, type check, unit tests, the production build, then the browser tests against the
// served export. Stops at the first failing step and says which one it was.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { findBrowser } from './find-browser.mjs';
import { findNginx } from './find-nginx.mjs';

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
const steps = [
  ['Lint (Biome)', 'npx', ['biome', 'lint', '.']],
  // Route types (PageProps, LayoutProps) come from `next typegen`, so a fresh checkout type-checks too.
  ['Route types (next typegen)', 'npx', ['next', 'typegen']],
  ['Type check (tsc)', 'npx', ['tsc', '--noEmit']],
  ['Unit tests (Vitest)', 'npx', ['vitest', 'run']],
  ['Build (static export)', 'npm', ['run', '--silent', 'build']],
  // Head tags, headings, scripts and links of every exported page, read from out/ in seconds, before the browser.
  ['Export check (out/)', 'npx', ['tsx', 'scripts/check-export.ts']],
];

const started = Date.now();
function run(title, command, args, extraEnv = {}) {
  const t0 = Date.now();
  console.log(`\n▶ ${title}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...env, ...extraEnv } });
  const seconds = ((Date.now() - t0) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`\n✖ ${title} failed after ${seconds} s.`);
    process.exit(result.status ?? 1);
  }
  console.log(`✔ ${title} (${seconds} s)`);
}

for (const [title, command, args] of steps) run(title, command, args);

let browser;
try {
  browser = findBrowser();
  findNginx();
} catch (error) {
  console.error(`\n✖ ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
console.log(`\nBrowser: ${browser.source}`);
rmSync('reports/html-states', { recursive: true, force: true });
run('Browser tests (Playwright)', 'npx', ['playwright', 'test'], browser.path ? { CHROMIUM_PATH: browser.path } : {});
// After the browser tests, which save a few in-page states (a checker result, a quiz question) beside out/.
run('HTML check (Nu Html Checker)', 'node', ['scripts/check-html.mjs']);
console.log(`\nAll checks passed in ${((Date.now() - started) / 1000).toFixed(0)} s.`);

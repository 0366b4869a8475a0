#!/usr/bin/env node
// `npm run build`: validates all content, builds the static export into out/, then adds what the
// export needs around it (see the named steps). `npm run build:deploy` (or DEPLOY=1) first checks that
// SITE_URL is a public address, because QR codes and messages are written with it.
import { spawnSync } from 'node:child_process';

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
const deploy = process.argv.includes('--deploy') || process.env.DEPLOY === '1';
const steps = [
  ...(deploy ? [['Check SITE_URL for deployment', 'npx', ['tsx', 'scripts/check-site-url.ts']]] : []),
  ['Validate content', 'npx', ['tsx', '--conditions=react-server', 'scripts/validate-content.ts']],
  ['Static export', 'npx', ['next', 'build']],
  // Server HTML plus island scripts on every page; fails when a page breaks the contract (lib/build/page-contract.ts).
  ['Islands', 'npx', ['tsx', 'scripts/build-islands.ts']],
  // Search index of the guide pages (their data-pagefind-body), one per language, into out/pagefind/.
  ['Search index', 'npx', ['pagefind', '--site', 'out']],
  ['Share QR codes per page', 'npx', ['tsx', 'scripts/build-share-codes.ts']],
  // No inline script or style is left, every page carries the policy, and out/_headers is written.
  ['Security policy', 'npx', ['tsx', 'scripts/build-security.ts']],
  // Keep last: it lists the finished out/ for offline use.
  ['Service worker', 'node', ['scripts/build-service-worker.mjs']],
];
for (const [title, command, args] of steps) {
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  if (result.status !== 0) {
    console.error(`\nBuild step failed: ${title}`);
    process.exit(result.status ?? 1);
  }
}

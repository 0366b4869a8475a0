#!/usr/bin/env node
// `npm run build`: validates all content, builds the static export into out/, then indexes it for search.
import { spawnSync } from 'node:child_process';

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
const steps = [
  ['npx', ['tsx', '--conditions=react-server', 'scripts/validate-content.ts']],
  ['npx', ['next', 'build']],
  // Search index of the guide pages (their data-pagefind-body), one per language, into out/pagefind/.
  ['npx', ['pagefind', '--site', 'out']],
];
for (const [command, args] of steps) {
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

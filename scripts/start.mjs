#!/usr/bin/env node
// `npm start`: builds the export when out/ is missing, then serves it at http://localhost:3000.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
if (!existsSync(path.join(root, 'out', 'index.html'))) {
  console.log('No build in out/ yet: building the portal first (npm run build)…');
  const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const port = process.env.PORT ?? '3000';
console.log(`ASN Netral: http://localhost:${port}/id/ (Bahasa Indonesia) · http://localhost:${port}/en/ (English)`);
// QR codes and messages were written at build time with SITE_URL: say which address they open.
const home = readFileSync(path.join(root, 'out', 'id', 'index.html'), 'utf8');
const builtFor = /<link rel="canonical" href="(https?:\/\/[^/"]+)/.exec(home)?.[1] ?? 'unknown';
console.log(`QR codes and shared links in this build point at ${builtFor}${/localhost|127\.0\.0\.1/.test(builtFor) ? ' (this computer only: phones cannot open them; for a deployment run SITE_URL=https://… npm run build:deploy)' : ''}.`);
const serve = spawnSync('node', [path.join(root, 'scripts', 'serve.mjs'), '--port', port], { cwd: root, stdio: 'inherit' });
process.exit(serve.status ?? 0);

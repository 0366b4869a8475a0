#!/usr/bin/env node
// Serves the static export in out/ with gzip, as any static host would (see README, "Deploy").
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const portFlag = process.argv.indexOf('--port');
const port = portFlag > -1 ? process.argv[portFlag + 1] : (process.env.PORT ?? '3000');

if (!existsSync(path.join(root, 'out', 'index.html'))) {
  console.error('out/ has no build yet: run `npm run build` first.');
  process.exit(1);
}

const bin = path.join(root, 'node_modules', '.bin', 'serve');
const child = spawn(bin, ['out', '--listen', `tcp://0.0.0.0:${port}`, '--no-port-switching', '--no-clipboard', '--config', '../serve.json'], {
  cwd: root,
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));

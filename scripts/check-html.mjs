#!/usr/bin/env node
// The Nu Html Checker (vnu.jar, the W3C validator's engine) over every page of out/, and over any page states the
// browser tests saved to reports/html-states/ (a checker result, a quiz question, a quiz result). Any error fails.
// Needs Java 11+; `.ci/run` installs a JRE where it is missing.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import vnu from 'vnu-jar';

const roots = ['out', 'reports/html-states'].filter((dir) => existsSync(dir));
const files = [];
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) {
      if (!['_next', 'pagefind', '_scripts'].includes(name)) walk(full);
    } else if (name.endsWith('.html')) files.push(full);
  }
};
for (const root of roots) walk(root);
if (files.length === 0) {
  console.error('No HTML to check: run `npm run build` first.');
  process.exit(1);
}

const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
if (java.status !== 0) {
  console.error('The HTML check needs Java (Debian/Ubuntu: `sudo apt-get install -y default-jre-headless`).');
  process.exit(1);
}

const result = spawnSync('java', ['-Xss4m', '-jar', vnu, '--errors-only', '--format', 'json', ...files], {
  encoding: 'utf8',
  maxBuffer: 64 * 1024 * 1024,
});
const messages = JSON.parse(result.stderr || '{"messages":[]}').messages ?? [];
const errors = messages.filter((message) => message.type === 'error' || message.subType === 'fatal');
for (const error of errors) {
  const where = path.relative(process.cwd(), decodeURIComponent(new URL(error.url).pathname));
  console.error(`${where}:${error.lastLine ?? '?'}: ${error.message}\n    ${(error.extract ?? '').replace(/\s+/g, ' ').trim()}`);
}
console.log(`HTML check (Nu Html Checker): ${files.length} documents, ${errors.length} errors.`);
process.exit(errors.length > 0 ? 1 : 0);

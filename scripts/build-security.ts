// After the export: every page runs under a strict Content-Security-Policy. Each page carries the policy as a
// <meta http-equiv> (for hosts that cannot set headers), and out/_headers carries all security headers for hosts
// that read one. Fails the build when a page would still break the policy (an inline script or style).
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { inlineScriptsIn, inlineStylesIn, withMetaPolicy } from '../lib/site/no-inline-scripts';
import { contentSecurityPolicyText, headersFile } from '../lib/site/security-policy';

const outDir = 'out';

const htmlFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === '_next' || name === 'pagefind' ? [] : htmlFiles(full);
    return name.endsWith('.html') ? [full] : [];
  });

const policy = contentSecurityPolicyText({ forMeta: true });
const problems: string[] = [];
const files = htmlFiles(outDir);
for (const file of files) {
  const finished = withMetaPolicy(readFileSync(file, 'utf8'), policy);
  for (const left of inlineScriptsIn(finished)) problems.push(`${file}: inline script left: ${left}`);
  for (const style of inlineStylesIn(finished)) problems.push(`${file}: inline style blocked by style-src 'self': ${style}`);
  writeFileSync(file, finished);
}
writeFileSync(path.join(outDir, '_headers'), headersFile());

if (problems.length > 0) {
  console.error(`Security policy: ${problems.length} problem(s):\n${problems.join('\n')}`);
  process.exit(1);
}
console.log(`Security policy: ${files.length} pages under a strict CSP; out/_headers written.`);

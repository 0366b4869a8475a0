// After the export: every page runs under a strict Content-Security-Policy. Inline scripts move into files of
// their own, each page carries the policy as a <meta http-equiv> (for hosts that cannot set headers), and
// out/_headers carries all security headers for hosts that read one. Fails the build when a page would still
// break the policy.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { externalizeInlineScripts, inlineScriptsIn, inlineStylesIn, withMetaPolicy } from '../lib/site/no-inline-scripts';
import { contentSecurityPolicyText, headersFile } from '../lib/site/security-policy';

const outDir = 'out';
const scriptDir = path.join(outDir, '_scripts');
mkdirSync(scriptDir, { recursive: true });

const htmlFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === '_next' || name === 'pagefind' ? [] : htmlFiles(full);
    return name.endsWith('.html') ? [full] : [];
  });

const policy = contentSecurityPolicyText({ forMeta: true });
const problems: string[] = [];
let moved = 0;
const files = htmlFiles(outDir);
for (const file of files) {
  const { html, scripts } = externalizeInlineScripts(readFileSync(file, 'utf8'));
  for (const script of scripts) writeFileSync(path.join(outDir, script.path), script.code);
  moved += scripts.length;
  const finished = withMetaPolicy(html, policy);
  for (const left of inlineScriptsIn(finished)) problems.push(`${file}: inline script left: ${left}`);
  for (const style of inlineStylesIn(finished)) problems.push(`${file}: inline style blocked by style-src 'self': ${style}`);
  writeFileSync(file, finished);
}
writeFileSync(path.join(outDir, '_headers'), headersFile());

if (problems.length > 0) {
  console.error(`Security policy: ${problems.length} problem(s):\n${problems.join('\n')}`);
  process.exit(1);
}
console.log(`Security policy: ${files.length} pages under a strict CSP; ${moved} inline scripts moved to files; out/_headers written.`);

// After `next build`: every page becomes server HTML plus the few scripts it needs, with no framework runtime.
// 1. Bundles the site script (components/enhance/enhance.ts, on every page) and one script per island bundle
//    (components/islands/entries/<bundle>.ts), with `react` resolved to preact/compat, into out/_scripts/
//    under content-hashed names (cached forever by deploy/nginx.conf).
// 2. Rewrites every page: the framework's scripts, preloads and RSC payload go; the site script and the
//    bundles of the islands found in the page (their <asn-island> markers) come in.
// 3. Fails when a finished page breaks the contract in lib/build/page-contract.ts.
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { assemblePage, type PageScripts } from '../lib/build/assemble-page';
import { pageContractProblems } from '../lib/build/page-contract';

const outDir = 'out';
const entriesDir = 'components/islands/entries';
const siteEntry = 'components/enhance/enhance.ts';
/** Scripts of public/ that one page loads by itself (the bare address's language choice). */
const pageScripts = ['/choose-locale.js'];
const preact = path.resolve('node_modules/preact');

const bundleNames = readdirSync(entriesDir).filter((name) => name.endsWith('.ts')).map((name) => name.slice(0, -3));
async function bundle() {
  return build({
  entryPoints: [{ in: siteEntry, out: 'site' }, ...bundleNames.map((name) => ({ in: path.join(entriesDir, `${name}.ts`), out: name }))],
  bundle: true,
  splitting: true,
  format: 'esm',
  minify: true,
  target: 'es2020',
  outdir: path.join(outDir, '_scripts'),
  entryNames: '[name]-[hash]',
  chunkNames: 'shared-[hash]',
  tsconfig: 'tsconfig.json',
  jsx: 'automatic',
  alias: {
    react: `${preact}/compat`,
    'react-dom/client': `${preact}/compat/client`,
    'react-dom': `${preact}/compat`,
    'react/jsx-runtime': `${preact}/jsx-runtime`,
  },
  define: { 'process.env.NODE_ENV': '"production"' },
  metafile: true,
  logLevel: 'warning',
  });
}

async function main() {
const result = await bundle();

const publicPath = (file: string) => `/${path.relative(outDir, file).split(path.sep).join('/')}`;
const scripts: PageScripts = { site: '', bundles: {}, imports: {} };
let totalBytes = 0;
for (const [file, output] of Object.entries(result.metafile.outputs)) {
  totalBytes += output.bytes;
  if (!output.entryPoint) continue;
  const src = publicPath(file);
  scripts.imports[src] = output.imports.filter((item) => item.kind === 'import-statement').map((item) => publicPath(item.path));
  if (output.entryPoint === siteEntry) scripts.site = src;
  else scripts.bundles[path.basename(output.entryPoint, '.ts')] = src;
}

const pages = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return ['_next', '_scripts', 'pagefind'].includes(name) ? [] : pages(full);
    return name.endsWith('.html') ? [full] : [];
  });

const problems: string[] = [];
const files = pages(outDir);
for (const file of files) {
  const html = assemblePage(readFileSync(file, 'utf8'), scripts);
  for (const problem of pageContractProblems(html, { bundles: scripts.bundles, site: scripts.site, pageScripts })) {
    problems.push(`${file}: ${problem}`);
  }
  writeFileSync(file, html);
}

// Nothing loads the framework's scripts or the RSC payloads any more: leave them out of the deployment
// (and out of what the service worker downloads for offline use).
const leftovers = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return ['_scripts', 'pagefind'].includes(name) ? [] : leftovers(full);
    const rscPayload = name === 'index.txt' || (name.startsWith('__next.') && name.endsWith('.txt'));
    const frameworkScript = full.startsWith(path.join(outDir, '_next')) && name.endsWith('.js');
    return rscPayload || frameworkScript ? [full] : [];
  });
for (const file of leftovers(outDir)) rmSync(file);

if (problems.length > 0) {
  console.error(`Page contract: ${problems.length} problem(s):\n${problems.join('\n')}`);
  process.exit(1);
}
console.log(
  `Islands: ${files.length} pages assembled; site script and ${bundleNames.length} island bundles (${bundleNames.join(', ')}), ${(totalBytes / 1024).toFixed(1)} KiB before gzip.`,
);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

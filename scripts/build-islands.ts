// After `next build`: every page becomes server HTML plus the few scripts it needs, with no framework runtime.
// 1. Bundles the site script (components/enhance/enhance.ts, on every page) and one script per island bundle
//    (components/islands/entries/<bundle>.ts), with `react` resolved to preact/compat, into out/_scripts/
//    under content-hashed names (cached forever by deploy/nginx.conf).
// 2. Rewrites every page: the framework's scripts, preloads and RSC payload go; the site script and the
//    bundles of the islands found in the page (their <asn-island> markers) come in.
// 3. Fails when a finished page breaks the contract in lib/build/page-contract.ts.
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build, type Plugin } from 'esbuild';
import { assemblePage, type PageScripts } from '../lib/build/assemble-page';
import { pageContractProblems } from '../lib/build/page-contract';

const outDir = 'out';
const entriesDir = 'components/islands/entries';
const siteEntry = 'components/enhance/enhance.ts';
/** Scripts of public/ that one page loads by itself (the bare address's language choice). */
const pageScripts = ['/choose-locale.js'];
const preact = path.resolve('node_modules/preact');

/** What must never reach a browser bundle: Node, build-time validation and loaders, the framework. */
const serverOnly: Plugin = {
  name: 'server-only',
  setup(build) {
    build.onResolve({ filter: /^(?:node:.*|zod|server-only|next(?:\/.*)?|next-intl(?:\/.*)?|icu-minify\/compile)$/ }, (args) => ({
      errors: [{ text: `${args.path} cannot run in the browser (imported by ${args.importer})` }],
    }));
  },
};

/**
 * The island bundles share their chunks (Preact, the hydration code). The site script is built on its own, so that a
 * reading page loads one small file and no chunk it shares with the islands.
 */
function bundle(entryPoints: { in: string; out: string }[], splitting: boolean) {
  return build({
    entryPoints,
    bundle: true,
    splitting,
    format: 'esm',
    minify: true,
    target: 'es2020',
    outdir: path.join(outDir, '_scripts'),
    entryNames: '[name]-[hash]',
    chunkNames: 'shared-[hash]',
    tsconfig: 'tsconfig.json',
    jsx: 'automatic',
    // Next already bundles every component's CSS into the page's stylesheet.
    loader: { '.css': 'empty' },
    alias: {
      react: `${preact}/compat`,
      'react-dom/client': `${preact}/compat/client`,
      'react-dom': `${preact}/compat`,
      'react/jsx-runtime': `${preact}/jsx-runtime`,
    },
    define: { 'process.env.NODE_ENV': '"production"' },
    // V8's explicit compile hint (Chrome 136+): compile every function while the script streams in, off the main
    // thread, instead of each on its first call; the first tap on a page was about 30 ms slower than the next.
    banner: { js: '//# allFunctionsCalledOnLoad' },
    plugins: [serverOnly],
    metafile: true,
    logLevel: 'warning',
  });
}

const publicPath = (file: string) => `/${path.relative(outDir, file).split(path.sep).join('/')}`;

const files = (dir: string, skip: string[], keep: (file: string, name: string) => boolean): string[] =>
  readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return skip.includes(name) ? [] : files(full, skip, keep);
    return keep(full, name) ? [full] : [];
  });

async function main() {
  const bundleNames = readdirSync(entriesDir)
    .filter((name) => name.endsWith('.ts'))
    .map((name) => name.slice(0, -3));
  const islands = await bundle(
    bundleNames.map((name) => ({ in: path.join(entriesDir, `${name}.ts`), out: name })),
    true,
  );
  const site = await bundle([{ in: siteEntry, out: 'site' }], false);
  const outputs = { ...islands.metafile.outputs, ...site.metafile.outputs };
  const scripts: PageScripts = { site: '', bundles: {}, imports: {} };
  for (const [file, output] of Object.entries(outputs)) {
    if (!output.entryPoint) continue;
    const src = publicPath(file);
    scripts.imports[src] = output.imports.filter((item) => item.kind === 'import-statement').map((item) => publicPath(item.path));
    if (output.entryPoint === siteEntry) scripts.site = src;
    else scripts.bundles[path.basename(output.entryPoint, '.ts')] = src;
  }

  const problems: string[] = [];
  const pages = files(outDir, ['_next', '_scripts', 'pagefind'], (_, name) => name.endsWith('.html'));
  for (const file of pages) {
    const html = assemblePage(readFileSync(file, 'utf8'), scripts);
    for (const problem of pageContractProblems(html, { bundles: scripts.bundles, site: scripts.site, pageScripts })) {
      problems.push(`${file}: ${problem}`);
    }
    writeFileSync(file, html);
  }

  // Nothing loads the framework's scripts or the RSC payloads any more: leave them out of the deployment
  // (and out of what the service worker downloads for offline use).
  const leftovers = files(outDir, ['_scripts', 'pagefind'], (file, name) => {
    const rscPayload = name === 'index.txt' || (name.startsWith('__next.') && name.endsWith('.txt'));
    return rscPayload || (file.startsWith(path.join(outDir, '_next')) && name.endsWith('.js'));
  });
  for (const file of leftovers) rmSync(file);

  if (problems.length > 0) {
    console.error(`Page contract: ${problems.length} problem(s):\n${problems.join('\n')}`);
    process.exit(1);
  }
  const bytes = Object.values(outputs).reduce((sum, output) => sum + output.bytes, 0);
  console.log(
    `Islands: ${pages.length} pages assembled; the site script and ${bundleNames.length} island bundles (${bundleNames.join(', ')}), ${(bytes / 1024).toFixed(1)} KiB before gzip; ${leftovers.length} framework files removed.`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

#!/usr/bin/env node
// Checks every internal link of the static export: each href/src that points inside the site must reach a
// file in out/, and each #anchor must be an id on the target page. `node scripts/check-links.mjs [out]`
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const decode = (value) =>
  value.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#x27;|&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>');

function htmlFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return htmlFiles(full);
    return name.endsWith('.html') ? [full] : [];
  });
}

/** The file a site path is served from (`/id/panduan/` → out/id/panduan/index.html), or undefined. */
function fileFor(outDir, sitePath) {
  const clean = decodeURIComponent(sitePath).replace(/^\/+/, '');
  const candidates = [path.join(outDir, clean), path.join(outDir, clean, 'index.html'), path.join(outDir, `${clean}.html`)];
  return candidates.find((file) => existsSync(file) && statSync(file).isFile());
}

/**
 * Every broken internal link or anchor in the export under `outDir`, as `page: link: problem` lines.
 * External (http, mailto, tel) links are not followed.
 */
export function checkLinks(outDir) {
  const problems = [];
  const ids = new Map();
  const idsOf = (file) => {
    if (!ids.has(file)) ids.set(file, new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => decode(m[1]))));
    return ids.get(file);
  };
  const pages = htmlFiles(outDir);
  let links = 0;
  for (const page of pages) {
    const html = readFileSync(page, 'utf8');
    const pagePath = `/${path.relative(outDir, path.dirname(page)).split(path.sep).join('/')}/`.replace(/\/+$/, '/').replace(/^\/\.\//, '/');
    for (const match of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
      const raw = decode(match[1]);
      if (!raw || /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(raw)) continue;
      links += 1;
      const target = new URL(raw, `http://site${pagePath}`);
      const file = fileFor(outDir, target.pathname);
      const where = `${path.relative(outDir, page)}: ${raw}`;
      if (!file) {
        problems.push(`${where}: no such page or file`);
        continue;
      }
      // A fragment with `=` is a page's state (a checker scenario, an assembly), not an element to scroll to.
      const anchor = target.hash.includes('=') ? '' : decodeURIComponent(target.hash.slice(1));
      if (anchor && file.endsWith('.html') && !idsOf(file).has(anchor)) problems.push(`${where}: no element with id "${anchor}"`);
    }
  }
  return { pages: pages.length, links, problems };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const outDir = path.resolve(process.argv[2] ?? 'out');
  if (!existsSync(outDir)) {
    console.error(`${outDir} does not exist: run \`npm run build\` first.`);
    process.exit(1);
  }
  const { pages, links, problems } = checkLinks(outDir);
  if (problems.length) {
    console.error(`${problems.length} broken internal links:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    process.exit(1);
  }
  console.log(`Links are fine: ${links} internal links and anchors on ${pages} pages.`);
}

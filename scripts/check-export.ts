#!/usr/bin/env node
// Static checks of the finished export, read straight from out/ in a second or two, so that the browser tests
// only test what needs a browser. For every page in both locales: its `lang`, title, description, canonical,
// hreflang alternates that lead to pages that exist, exactly one h1, the Open Graph and Twitter card tags with a
// real 1200 × 630 PNG under 300 kB, no framework script, no inline script, no
// `<template>` left, no old criminal penalty presented as today's; and for every HTML file: each internal link, asset and #anchor reaches something.
// Each problem names the file and the check. `npx tsx scripts/check-export.ts [out]`
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { attribute, closest, elementsOf, type HtmlElement, parsePage } from '../lib/build/html-tree';
import { findCurrentOldPenaltyExcerpts } from '../lib/content/old-penalty';


export const locales = ['id', 'en'];

/** One Open Graph image per section and language. */
export const ogImageCount = 12;

/** What the checks need from one page's HTML. */
export interface PageFacts {
  lang: string | undefined;
  title: string;
  description: string | undefined;
  canonical: string | undefined;
  alternates: Record<string, string | undefined>;
  h1Count: number;
  meta: (key: string) => string | undefined;
  scripts: (Record<string, string> & { body: string })[];
  templates: number;
  /** The title and the body's text as a reader sees it without JavaScript, less what is marked as penalty history. */
  textOutsideHistory: string;
}

/** The attributes of an element, as a plain record. */
const attributesOf = (element: HtmlElement) => Object.fromEntries(element.attrs.map((attr) => [attr.name, attr.value]));
const textOf = (element: HtmlElement): string =>
  element.childNodes.map((child) => ('value' in child ? child.value : 'tagName' in child ? textOf(child) : '')).join('');
const unread = new Set(['script', 'style', 'template']);
/** Like `textOf`, without scripts, styles, templates and the old penalties marked `data-penalty-history`. */
const readerTextOf = (element: HtmlElement): string =>
  element.childNodes
    .map((child) =>
      'value' in child ? child.value : 'tagName' in child && !unread.has(child.tagName) && attribute(child, 'data-penalty-history') === undefined ? readerTextOf(child) : '',
    )
    .join('');

/** Reads the page with the HTML parser the build uses (lib/build/html-tree.ts). */
export function readPage(html: string): PageFacts {
  const elements = [...elementsOf(parsePage(html))];
  const named = (name: string) => elements.filter((element) => element.tagName === name);
  const metas = named('meta').map(attributesOf);
  const links = named('link').map(attributesOf);
  const meta = (key: string) => metas.find((tag) => tag.property === key || tag.name === key)?.content;
  const title = named('title').find((element) => !closest(element, 'svg'));
  return {
    lang: named('html')[0] && attribute(named('html')[0] as HtmlElement, 'lang'),
    title: title ? textOf(title).trim() : '',
    description: meta('description'),
    canonical: links.find((tag) => tag.rel === 'canonical')?.href,
    alternates: Object.fromEntries(links.filter((tag) => tag.rel === 'alternate' && tag.hreflang).map((tag) => [tag.hreflang, tag.href])),
    h1Count: named('h1').length,
    meta,
    scripts: named('script').map((element) => ({ ...attributesOf(element), body: textOf(element) })),
    templates: named('template').length,
    textOutsideHistory: `${title ? textOf(title) : ''}\n${named('body')[0] ? readerTextOf(named('body')[0] as HtmlElement) : ''}`,
  };
}

/**
 * Since 2 January 2026 election crimes carry no detention and no fixed fines (UU 1/2023, UU 1/2026): a page may
 * show the old figures only as marked history or in a sentence dated before then (lib/content/old-penalty.ts).
 */
export const checkPenalties = (page: PageFacts) => findCurrentOldPenaltyExcerpts(page.textOutsideHistory).map((found) => `old penalty as current: ${found}`);

/** A page loads Next's client runtime. */
export const loadsFramework = (page: PageFacts) => page.scripts.some((script) => /^\/_next\/static\/chunks\/.+\.js$/.test(script.src ?? ''));

/** Problems that concern scripts and leftovers, for any HTML file of the export. */
export function checkScripts(page: PageFacts): string[] {
  const problems: string[] = [];
  // No page loads the framework's client runtime: islands hydrate with Preact (docs/decisions/islands.md).
  if (loadsFramework(page)) problems.push('framework: loads /_next/static/chunks JavaScript');
  const inline = page.scripts.filter((script) => !script.src && script.body.trim() !== '');
  if (inline.length) problems.push(`inline script: ${inline.length} <script> without src`);
  if (page.templates) problems.push(`template: ${page.templates} <template> left (streamed content still hidden)`);
  return problems;
}

/**
 * Problems with one locale page's head and headings. `exists(sitePath)` says whether the export serves that path;
 * `siteOrigin` is the origin its absolute URLs must use.
 */
export function checkPage(sitePath: string, page: PageFacts, exists: (sitePath: string) => boolean): string[] {
  const problems: string[] = [];
  const locale = sitePath.split('/')[1];
  const add = (check: string, message: string) => problems.push(`${check}: ${message}`);
  const pathOf = (url: string) => {
    try {
      return new URL(url).pathname;
    } catch {
      return undefined;
    }
  };
  if (page.lang !== locale) add('lang', `<html lang="${page.lang}">, expected "${locale}"`);
  if (!/ASN Netral/.test(page.title)) add('title', `"${page.title}" does not name ASN Netral`);
  if (!/.{40,}/.test(page.description ?? '')) add('description', `meta description missing or under 40 characters: "${page.description ?? ''}"`);
  if (page.h1Count !== 1) add('h1', `${page.h1Count} <h1> elements, expected exactly one`);
  if (!page.canonical || pathOf(page.canonical) !== sitePath) add('canonical', `${page.canonical ?? 'missing'} does not end in ${sitePath}`);
  const wantAlternates: Record<string, string> = { id: `/id${sitePath.slice(3)}`, en: `/en${sitePath.slice(3)}`, 'x-default': `/id${sitePath.slice(3)}` };
  for (const [hreflang, want] of Object.entries(wantAlternates)) {
    const href = page.alternates[hreflang];
    const target = href && /^https?:\/\/[^/]+\/(id|en)\//.test(href) ? pathOf(href) : undefined;
    if (!target) add('hreflang', `${hreflang} alternate missing or not absolute: ${href ?? 'missing'}`);
    else if (target !== want) add('hreflang', `${hreflang} alternate points to ${target}, expected ${want}`);
    else if (!exists(target)) add('hreflang', `${hreflang} alternate points to ${target}, which the export does not have`);
  }
  const meta = page.meta;
  if (!meta('og:title')) add('og:title', 'missing');
  if (!/.{40,}/.test(meta('og:description') ?? '')) add('og:description', 'missing or under 40 characters');
  if (meta('og:url') !== page.canonical) add('og:url', `${meta('og:url')} differs from the canonical ${page.canonical}`);
  if (meta('og:site_name') !== 'ASN Netral') add('og:site_name', `${meta('og:site_name')}, expected "ASN Netral"`);
  const ogLocale = locale === 'en' ? 'en_GB' : 'id_ID';
  if (meta('og:locale') !== ogLocale) add('og:locale', `${meta('og:locale')}, expected ${ogLocale}`);
  if (meta('twitter:card') !== 'summary_large_image') add('twitter:card', `${meta('twitter:card')}, expected summary_large_image`);
  const image = meta('og:image') ?? '';
  const imagePath = pathOf(image) ?? '';
  if (!new RegExp(`^https?://[^/]+/${locale}/og/[a-z]+\\.png$`).test(image)) add('og:image', `${image || 'missing'} is not an absolute /${locale}/og/*.png`);
  else if (!exists(imagePath)) add('og:image', `${imagePath} is not in the export`);
  if (meta('twitter:image') !== meta('og:image')) add('twitter:image', `${meta('twitter:image')} differs from og:image`);
  if (meta('og:image:width') !== '1200' || meta('og:image:height') !== '630') add('og:image size', `declared ${meta('og:image:width')} × ${meta('og:image:height')}, expected 1200 × 630`);
  if (!/^ASN Netral: .+/.test(meta('og:image:alt') ?? '')) add('og:image:alt', `"${meta('og:image:alt') ?? ''}" does not start with "ASN Netral: "`);
  return problems;
}

/** Problems with a preview image's bytes: a PNG, 1200 × 630 pixels (from its IHDR chunk), under 300 kB. */
export function checkPreviewImage(bytes: Buffer): string[] {
  const problems: string[] = [];
  if (bytes.subarray(0, 8).toString('hex') !== '89504e470d0a1a0a') return ['og:image file: not a PNG'];
  const size = [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
  if (size[0] !== 1200 || size[1] !== 630) problems.push(`og:image file: ${size.join(' × ')} pixels, expected 1200 × 630`);
  if (bytes.length >= 300_000) problems.push(`og:image file: ${bytes.length} bytes, expected under 300 kB`);
  return problems;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return htmlFiles(full);
    return name.endsWith('.html') ? [full] : [];
  });
}

/** The file a site path is served from (`/id/panduan/` → out/id/panduan/index.html), or undefined. */
function fileFor(outDir: string, sitePath: string): string | undefined {
  const clean = decodeURIComponent(sitePath).replace(/^\/+/, '');
  const candidates = [path.join(outDir, clean), path.join(outDir, clean, 'index.html'), path.join(outDir, `${clean}.html`)];
  return candidates.find((file) => existsSync(file) && statSync(file).isFile());
}

/** The site path of an HTML file in the export (`out/id/cek/index.html` → `/id/cek/`, `out/404.html` → `/404.html`). */
export function sitePathOf(outDir: string, file: string): string {
  const relative = path.relative(outDir, file).split(path.sep).join('/');
  return `/${relative.replace(/(^|\/)index\.html$/, '$1')}`;
}

/**
 * Every broken internal link or anchor in the export under `outDir`, as `file: link: problem` lines.
 * External (http, mailto, tel) links are not followed.
 */
export function checkLinks(outDir: string): { pages: number; links: number; problems: string[] } {
  const problems: string[] = [];
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let found = ids.get(file);
    if (!found) {
      found = new Set(
        [...elementsOf(parsePage(readFileSync(file, 'utf8')))].flatMap((element) => {
          const id = attribute(element, 'id');
          return id ? [id] : [];
        }),
      );
      ids.set(file, found);
    }
    return found;
  };
  const pages = htmlFiles(outDir);
  let links = 0;
  for (const page of pages) {
    const html = readFileSync(page, 'utf8');
    const pagePath = `/${path.relative(outDir, path.dirname(page)).split(path.sep).join('/')}/`.replace(/\/+$/, '/').replace(/^\/\.\//, '/');
    const targets = [...elementsOf(parsePage(html))].flatMap((element) => [attribute(element, 'href'), attribute(element, 'src')]);
    for (const raw of targets) {
      if (!raw || /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(raw)) continue;
      links += 1;
      const target = new URL(raw, `http://site${pagePath}`);
      const file = fileFor(outDir, target.pathname);
      const where = `${path.relative(outDir, page)}: links: ${raw}`;
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

/** Every problem in the export under `outDir`, each line naming the file and the check. */
export function checkExport(outDir: string) {
  const problems: string[] = [];
  const exists = (sitePath: string) => fileFor(outDir, sitePath) !== undefined;
  const files = htmlFiles(outDir);
  const previewImages = new Set<string>();
  let localePages = 0;
  for (const file of files) {
    const sitePath = sitePathOf(outDir, file);
    const page = readPage(readFileSync(file, 'utf8'));
    const name = path.relative(outDir, file);
    const report = (found: string[]) => problems.push(...found.map((problem) => `${name}: ${problem}`));
    report(checkScripts(page));
    if (!locales.some((locale) => sitePath.startsWith(`/${locale}/`)) || !sitePath.endsWith('/')) continue;
    localePages += 1;
    report(checkPage(sitePath, page, exists));
    report(checkPenalties(page));
    const image = page.meta('og:image');
    if (image && /^https?:/.test(image)) previewImages.add(new URL(image).pathname);
  }
  // The bare address, shared most often, carries the Indonesian home page's preview.
  const root = path.join(outDir, 'index.html');
  if (existsSync(root)) {
    const meta = readPage(readFileSync(root, 'utf8')).meta;
    if (!/^https?:\/\/[^/]+\/id\/og\/home\.png$/.test(meta('og:image') ?? '')) problems.push(`index.html: og:image: ${meta('og:image')}, expected /id/og/home.png`);
    if (meta('og:title') !== 'ASN Netral: Netralitas ASN dalam Pemilu dan Pilkada') problems.push(`index.html: og:title: "${meta('og:title')}"`);
    if (meta('twitter:card') !== 'summary_large_image') problems.push('index.html: twitter:card: not summary_large_image');
  } else problems.push('index.html: missing');
  for (const image of previewImages) {
    const file = fileFor(outDir, image);
    if (file) problems.push(...checkPreviewImage(readFileSync(file)).map((problem) => `${image.slice(1)}: ${problem}`));
  }
  if (previewImages.size !== ogImageCount) problems.push(`og images: ${previewImages.size} distinct preview images, expected ${ogImageCount} (one per section and language)`);
  for (const locale of locales) {
    if (files.filter((file) => sitePathOf(outDir, file).startsWith(`/${locale}/`)).length < 20) problems.push(`${locale}/: fewer than 20 pages in the export`);
  }
  const links = checkLinks(outDir);
  problems.push(...links.problems);
  return { files: files.length, localePages, links: links.links, problems };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const outDir = path.resolve(process.argv[2] ?? 'out');
  if (!existsSync(outDir)) {
    console.error(`${outDir} does not exist: run \`npm run build\` first.`);
    process.exit(1);
  }
  const started = Date.now();
  const { files, localePages, links, problems } = checkExport(outDir);
  if (problems.length) {
    console.error(`The export has ${problems.length} problems:\n${problems.map((problem) => `  ${problem}`).join('\n')}`);
    process.exit(1);
  }
  console.log(`Export is fine: ${files} HTML files (${localePages} locale pages), ${links} internal links and anchors, checked in ${Date.now() - started} ms.`);
}

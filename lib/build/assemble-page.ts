// Turns a page exported by Next into the page a browser gets: the framework's scripts and its RSC payload go,
// the site script and the scripts of the islands the page contains come in.
import { bundleOf, islandNameAttribute, islandTag } from '@/lib/islands/markers';
import { attribute, elementsOf, parsePage } from './html-tree';

export interface PageScripts {
  /** The script every page loads (offline use, copy buttons, update prompt). */
  site: string;
  /** Island bundle → its entry script. */
  bundles: Record<string, string>;
  /** Entry script → the shared chunks it imports, preloaded so that they do not wait for the entry. */
  imports: Record<string, string[]>;
}

const isFrameworkScript = (src: string | undefined) => src === undefined || src.startsWith('/_next/');

/** The bundles of the islands in this page, in the order they first appear. */
export function islandBundlesIn(html: string): string[] {
  const bundles = new Set<string>();
  for (const element of elementsOf(parsePage(html))) {
    if (element.tagName === islandTag) bundles.add(bundleOf(attribute(element, islandNameAttribute) ?? ''));
  }
  return [...bundles];
}

export function assemblePage(html: string, scripts: PageScripts): string {
  const document = parsePage(html);
  const cuts: { start: number; end: number }[] = [];
  let headEnd = -1;
  for (const element of elementsOf(document)) {
    const location = element.sourceCodeLocation;
    if (!location) continue;
    if (element.tagName === 'head') headEnd = location.endTag?.startOffset ?? -1;
    const rel = attribute(element, 'rel') ?? '';
    const frameworkPreload = element.tagName === 'link' && /\b(?:pre|module)load\b/.test(rel) && attribute(element, 'as') !== 'style' &&
      (attribute(element, 'href') ?? '').startsWith('/_next/');
    if ((element.tagName === 'script' && isFrameworkScript(attribute(element, 'src'))) || frameworkPreload) {
      cuts.push({ start: location.startOffset, end: location.endOffset });
    }
  }
  if (headEnd < 0) throw new Error('page without a </head>');
  const entries = [scripts.site, ...islandBundlesIn(html).map((bundle) => {
    const entry = scripts.bundles[bundle];
    if (!entry) throw new Error(`island bundle "${bundle}" was not built (components/islands/entries/${bundle}.ts)`);
    return entry;
  })];
  const preloads = [...new Set(entries.flatMap((entry) => scripts.imports[entry] ?? []))];
  const added =
    preloads.map((href) => `<link rel="modulepreload" href="${href}"/>`).join('') +
    entries.map((src) => `<script type="module" src="${src}"></script>`).join('');
  let result = html.slice(0, headEnd) + added + html.slice(headEnd);
  // Cut from the end so that earlier offsets stay valid; everything cut lies before or after the insertion.
  for (const { start, end } of cuts.sort((a, b) => b.start - a.start)) {
    const shift = start >= headEnd ? added.length : 0;
    result = result.slice(0, start + shift) + result.slice(end + shift);
  }
  return result;
}

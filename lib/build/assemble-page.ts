// Turns a page exported by Next into the page a browser gets: the framework's scripts and its RSC payload go,
// the site script and the scripts of the islands the page contains come in.
import { bundleOf, islandNameAttribute, islandPropsAttribute, islandTag } from '@/lib/islands/markers';
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

/**
 * An island's props attribute in single quotes. React writes attributes in double quotes, so each quote of the
 * JSON costs six bytes (`&quot;`): the checker's props grew from 57 to 93 KB, and a phone's parser took long
 * enough over them to paint the page twice. In single quotes only `&` and `'` need escaping; the value the
 * browser reads is the same.
 */
export const singleQuotedAttribute = (name: string, value: string) => `${name}='${value.replace(/&/g, '&amp;').replace(/'/g, '&#39;')}'`;

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
  const edits: { start: number; end: number; text: string }[] = [];
  let headEnd = -1;
  for (const element of elementsOf(document)) {
    const location = element.sourceCodeLocation;
    if (!location) continue;
    if (element.tagName === 'head') headEnd = location.endTag?.startOffset ?? -1;
    const rel = attribute(element, 'rel') ?? '';
    const frameworkPreload = element.tagName === 'link' && /\b(?:pre|module)load\b/.test(rel) && attribute(element, 'as') !== 'style' &&
      (attribute(element, 'href') ?? '').startsWith('/_next/');
    if ((element.tagName === 'script' && isFrameworkScript(attribute(element, 'src'))) || frameworkPreload) {
      edits.push({ start: location.startOffset, end: location.endOffset, text: '' });
    }
    const props = attribute(element, islandPropsAttribute);
    const propsLocation = location.attrs?.[islandPropsAttribute];
    if (element.tagName === islandTag && props !== undefined && propsLocation) {
      edits.push({ start: propsLocation.startOffset, end: propsLocation.endOffset, text: singleQuotedAttribute(islandPropsAttribute, props) });
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
  edits.push({ start: headEnd, end: headEnd, text: added });
  // From the end, so that the offsets of earlier edits stay valid; no two edits overlap.
  let result = html;
  for (const { start, end, text } of edits.sort((a, b) => b.start - a.start || b.end - a.end)) {
    result = result.slice(0, start) + text + result.slice(end);
  }
  return result;
}

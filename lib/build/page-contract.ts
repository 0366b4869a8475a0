// The post-conditions of every finished page (scripts/build-islands.ts): what a browser gets is server HTML plus
// the scripts of the islands the page contains, and nothing of the framework's client runtime.
import { islandNameAttribute, islandNamePattern, islandTag, bundleOf } from '@/lib/islands/markers';
import { attribute, closest, elementsOf, parsePage } from './html-tree';

/** Where each island bundle's entry script was written (from the bundler), e.g. `checker` → `/_scripts/checker-AB12.js`. */
export type BundleScripts = Record<string, string>;

const headOnly = new Set(['title', 'meta', 'link', 'base']);

/** Every way this page breaks the contract (`pageScripts`: plain scripts of public/ a page may load), in words that name the problem; empty when it holds. */
export function pageContractProblems(html: string, { bundles, site: siteScript, pageScripts = [] }: { bundles: BundleScripts; site: string; pageScripts?: string[] }): string[] {
  const problems: string[] = [];
  const scripts = new Map(Object.entries(bundles).map(([bundle, src]) => [src, bundle]));
  const usedBundles = new Set<string>();
  const loadedBundles = new Set<string>();
  let hasSiteScript = false;
  for (const element of elementsOf(parsePage(html))) {
    const src = attribute(element, 'src') ?? attribute(element, 'href') ?? '';
    if (element.tagName === 'script') {
      if (!attribute(element, 'src')) problems.push('inline script (the CSP allows script files only)');
      else if (src.startsWith('/_next/')) problems.push(`framework script ${src}`);
      else if (src === siteScript) hasSiteScript = true;
      else if (scripts.has(src)) loadedBundles.add(scripts.get(src) as string);
      else if (pageScripts.includes(src)) continue;
      else problems.push(`script ${src} is neither the site script nor an island bundle`);
    }
    if (element.tagName === 'link' && src.startsWith('/_next/') && /\b(?:pre|module)load\b/.test(attribute(element, 'rel') ?? '')) {
      problems.push(`framework preload ${src}`);
    }
    if (element.tagName === 'template') problems.push('content hidden in <template> (streamed, never shown without the framework)');
    if (headOnly.has(element.tagName) && !closest(element, 'head') && !closest(element, 'svg')) {
      problems.push(`<${element.tagName}> outside <head>`);
    }
    if (element.tagName === islandTag) {
      const name = attribute(element, islandNameAttribute) ?? '';
      if (!islandNamePattern.test(name)) problems.push(`island marker with a malformed name "${name}"`);
      else usedBundles.add(bundleOf(name));
    }
  }
  if (!hasSiteScript) problems.push(`the site script ${siteScript} is missing`);
  for (const bundle of usedBundles) if (!loadedBundles.has(bundle)) problems.push(`island "${bundle}" has no script`);
  for (const bundle of loadedBundles) if (!usedBundles.has(bundle)) problems.push(`script of island "${bundle}" without its island`);
  return problems;
}

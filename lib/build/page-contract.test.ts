import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { islandPropsAttribute, islandTag } from '@/lib/islands/markers';
import { assemblePage, islandBundlesIn, type PageScripts, singleQuotedAttribute } from './assemble-page';
import { attribute, elementsOf, parsePage } from './html-tree';
import { pageContractProblems } from './page-contract';

// Pages exactly as `next build` exported them (the RSC payload shortened), before scripts/build-islands.ts.
const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}.html`, import.meta.url), 'utf8');
const checkerPage = fixture('next-export-checker');
const privacyPage = fixture('next-export-privacy');

const scripts: PageScripts = {
  site: '/_scripts/site-AAAA.js',
  bundles: { checker: '/_scripts/checker-BBBB.js', quiz: '/_scripts/quiz-CCCC.js' },
  imports: { '/_scripts/checker-BBBB.js': ['/_scripts/shared-DDDD.js'] },
};
const contract = { bundles: scripts.bundles, site: scripts.site, pageScripts: ['/choose-locale.js'] };

describe('assemblePage on pages from a real export', () => {
  it('leaves no framework script, preload or inline script, and the contract holds', () => {
    for (const page of [checkerPage, privacyPage]) {
      expect(pageContractProblems(page, contract).length).toBeGreaterThan(0);
      const assembled = assemblePage(page, scripts);
      expect(assembled).not.toMatch(/\/_next\/static\/chunks\/[^"]*\.js/);
      expect(assembled).not.toContain('self.__next_f');
      expect(pageContractProblems(assembled, contract)).toEqual([]);
    }
  });

  it('loads the bundle of each island the page has, with the chunks it imports preloaded', () => {
    expect(islandBundlesIn(checkerPage)).toEqual(['checker']);
    const assembled = assemblePage(checkerPage, scripts);
    expect(assembled).toContain('<script type="module" src="/_scripts/site-AAAA.js"></script>');
    expect(assembled).toContain('<script type="module" src="/_scripts/checker-BBBB.js"></script>');
    expect(assembled).toContain('<link rel="modulepreload" href="/_scripts/shared-DDDD.js"/>');
    expect(assembled).not.toContain('quiz-CCCC');
    // A reading page gets the site script only.
    expect(islandBundlesIn(privacyPage)).toEqual([]);
    expect(assemblePage(privacyPage, scripts)).not.toContain('checker-BBBB');
  });

  it('keeps everything else of the page as the server wrote it, the props in single quotes', () => {
    const island = (html: string) => html.slice(html.indexOf('<asn-island'), html.indexOf('</asn-island>'));
    const assembled = assemblePage(checkerPage, scripts);
    const props = (html: string) => [...elementsOf(parsePage(html))].filter((element) => element.tagName === islandTag).map((element) => attribute(element, islandPropsAttribute));
    expect(props(assembled)).toEqual(props(checkerPage));
    const rewritten = island(checkerPage).replace(/data-props="[^"]*"/, singleQuotedAttribute(islandPropsAttribute, props(checkerPage)[0] ?? ''));
    expect(island(assembled)).toBe(rewritten);
    const body = (html: string) => html.slice(html.indexOf('<body'), html.indexOf('</footer>'));
    expect(body(assemblePage(privacyPage, scripts))).toBe(body(privacyPage));
    expect(assemblePage(privacyPage, scripts)).toContain('<link rel="stylesheet" href="/_next/static/chunks/');
  });

  it('writes props that hold quotes, apostrophes, ampersands and markup so that the browser reads them back unchanged', () => {
    const value = JSON.stringify({ text: `'"&amp; <b>x</b> &quot; \\' & '` });
    const page = privacyPage.replace('<main', `<asn-island data-island="checker" data-props="${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"></asn-island><main`);
    const read = [...elementsOf(parsePage(assemblePage(page, scripts)))].find((element) => element.tagName === islandTag);
    expect(read && attribute(read, islandPropsAttribute)).toBe(value);
  });

  it('fails loudly when a page has an island whose bundle was not built', () => {
    const page = privacyPage.replace('<main', '<asn-island data-island="unknown" data-props="{}"></asn-island><main');
    expect(() => assemblePage(page, scripts)).toThrow(/island bundle "unknown" was not built/);
  });
});

describe('pageContractProblems', () => {
  const page = (head: string, body: string) =>
    `<!DOCTYPE html><html lang="id"><head><title>t</title>${head}<script type="module" src="/_scripts/site-AAAA.js"></script></head><body>${body}</body></html>`;
  const checkerScript = '<script type="module" src="/_scripts/checker-BBBB.js"></script>';
  const island = '<asn-island data-island="checker" data-props="{}"><p>x</p></asn-island>';

  it('accepts a page with its island and the island script', () => {
    expect(pageContractProblems(page(checkerScript, island), contract)).toEqual([]);
  });

  it.each([
    ['a framework script', page('<script src="/_next/static/chunks/a.js" async=""></script>', ''), 'framework script /_next/static/chunks/a.js'],
    ['a framework preload', page('<link rel="preload" as="script" href="/_next/static/chunks/a.js"/>', ''), 'framework preload'],
    ['an inline script', page('', '<script>alert(1)</script>'), 'inline script'],
    ['streamed content in a template', page('', '<template><p>later</p></template>'), 'content hidden in <template>'],
    ['a head tag in the body', page('', '<meta name="x" content="y"/>'), '<meta> outside <head>'],
    ['an island without its script', page('', island), 'island "checker" has no script'],
    ['a script without its island', page(checkerScript, ''), 'script of island "checker" without its island'],
    ['a malformed island name', page('', '<asn-island data-island="Bad Name"></asn-island>'), 'malformed name'],
    ['an unknown script', page('<script src="/evil.js"></script>', ''), 'neither the site script nor an island bundle'],
    ['no site script', '<!DOCTYPE html><html><head><title>t</title></head><body></body></html>', 'site script /_scripts/site-AAAA.js is missing'],
  ])('names %s', (_, html, problem) => {
    expect(pageContractProblems(html, contract).join('\n')).toContain(problem);
  });

  it('allows a plain script of public/ that a page loads by itself, and <title> inside an SVG', () => {
    const html = page('<script src="/choose-locale.js"></script>', '<svg><title>icon</title></svg>');
    expect(pageContractProblems(html, contract)).toEqual([]);
  });
});

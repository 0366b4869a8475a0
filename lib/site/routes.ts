/**
 * The portal's public paths. They are printed on posters and QR codes, so they never change.
 * Paths are locale-free here; `localePath` adds the prefix and the trailing slash of the export.
 */
export const sections = ['home', 'guides', 'checker', 'quiz', 'apel', 'sources'] as const;
export type Section = (typeof sections)[number];

export const sectionPaths: Record<Section, string> = {
  home: '',
  guides: 'panduan',
  checker: 'cek',
  quiz: 'kuis',
  apel: 'apel',
  sources: 'sumber',
};

/** Tools reached from the home page and from other tools, outside the header's sections. */
export const toolPaths = {
  /** Periksa diri: the whole-footprint self-check. */
  selfCheck: 'periksa-diri',
  /** Lapor dengan benar: picking the reporting channel, and help under pressure. */
  report: 'lapor',
} as const;

/** `/id/panduan/` for ('id', 'panduan'); `/en/` for ('en', ''). */
export function localePath(locale: string, path = ''): string {
  const clean = path.replace(/^\/+|\/+$/g, '');
  return clean ? `/${locale}/${clean}/` : `/${locale}/`;
}

/** The same page in another locale: `/id/cek/?a=b` becomes `/en/cek/?a=b`. */
export function switchLocalePath(pathname: string, target: string): string {
  const match = /^\/[a-z]{2}(?=\/|$)/.exec(pathname);
  return match ? `/${target}${pathname.slice(match[0].length) || '/'}` : `/${target}/`;
}

/**
 * News reports, official pages and document copies: a page of their own under the sources page, so that the
 * sources page stays light. Link to any source with `sourceHref` (lib/site/source-href.ts), never by hand.
 */
export const secondarySourcesPath = `${sectionPaths.sources}/sekunder`;

/** The privacy page: what is kept where, and the control that deletes it. Linked from the footer and the quiz. */
export const privacyPath = 'privasi';
/** The anchor of the "delete my data on this device" control on the privacy page. */
export const deleteDataAnchor = 'hapus-data';

/**
 * Site paths whose HTML may load Next's client runtime (`/_next/static/chunks/*.js`); `*` stands for one path
 * segment. Every other page must be free of it, and every page listed here must still load it, so the list
 * cannot go stale (scripts/check-export.ts reads the HTML, e2e/pages.spec.ts the requests). When the islands
 * replace the runtime (issue 11), empty it.
 */
export const frameworkPages: readonly string[] = [
  '/',
  '/404.html',
  '/404/',
  '/_not-found/',
  '/*/apel/',
  '/*/apel/*/',
  '/*/cari/',
  '/*/cek/',
  '/*/kuis/',
  '/*/lapor/',
  '/*/periksa-diri/',
];

/** The site path matches one of the patterns (`/id/apel/poster/` matches `/*\/apel/*\/`), segment by segment. */
export function matchesAny(sitePath: string, patterns: readonly string[]): boolean {
  const have = sitePath.split('/');
  return patterns.some((pattern) => {
    const want = pattern.split('/');
    return want.length === have.length && want.every((part, index) => part === '*' || part === have[index]);
  });
}

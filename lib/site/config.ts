/**
 * Site-wide settings. `SITE_URL` is read at build time so that canonical links, link previews and
 * QR codes point at the host the export is deployed to (see README, "Deploy").
 */
export const siteUrl = (process.env.SITE_URL ?? 'http://localhost:3000').replace(/\/+$/, '');

/** The date the content was last checked against its sources (ISO yyyy-mm-dd). */
export const contentLastChecked = '2026-11-22';

export function absoluteUrl(path: string): string {
  return `${siteUrl}${path.startsWith('/') ? path : `/${path}`}`;
}

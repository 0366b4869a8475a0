import { localSiteUrl } from './site-url';

/**
 * Site-wide settings. `SITE_URL` is read at build time so that canonical links, link previews and
 * QR codes point at the host the export is deployed to (see README, "Deploy").
 */
export const siteUrl = (process.env.SITE_URL ?? localSiteUrl).replace(/\/+$/, '');

/**
 * Where readers report a mistake, read at build time like `SITE_URL`: a `mailto:` address or the address of
 * an issue tracker or form (see README, "Deploy"). The default is a placeholder to replace before publishing.
 */
export const reportErrorUrl = process.env.REPORT_ERROR_URL?.trim() || 'mailto:koreksi@example.go.id';

export function absoluteUrl(path: string): string {
  return `${siteUrl}${path.startsWith('/') ? path : `/${path}`}`;
}

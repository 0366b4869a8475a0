/**
 * The deployment check of `SITE_URL`. QR codes, the assembly message and link previews are written at build
 * time with this address; a deployment built without it would print QR codes that point at localhost.
 * `npm run build:deploy` (or `DEPLOY=1 npm run build`) runs this check first and stops with the message.
 */
export const localSiteUrl = 'http://localhost:3000';

const localHosts = /^(localhost|.+\.localhost|127(?:\.\d{1,3}){3}|0\.0\.0\.0|\[::1?\])$/i;

/** Why `siteUrl` cannot be deployed, or null when it can. */
export function deploySiteUrlProblem(siteUrl: string | undefined): string | null {
  const value = siteUrl?.trim() ?? '';
  const example = 'SITE_URL=https://netral.example.go.id npm run build:deploy';
  if (!value) {
    return `SITE_URL is not set. A deployment build needs the public address, because QR codes, the assembly message and link previews are written with it. Run: ${example} (for a local build, use npm run build).`;
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `SITE_URL "${value}" is not a web address. Give the full address with https://, for example: ${example}`;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return `SITE_URL "${value}" must start with https:// (or http://).`;
  if (localHosts.test(url.hostname)) {
    return `SITE_URL "${value}" points at this computer (${url.hostname}), so phones scanning the QR codes would not reach the site. Set the public address, for example: ${example}`;
  }
  if (url.pathname !== '/' || url.search || url.hash) return `SITE_URL "${value}" must be the site's root address, without a path, query or fragment.`;
  return null;
}

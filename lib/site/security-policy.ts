/**
 * The security policy every page is served with, in one place. The build writes it into each page as a
 * `<meta http-equiv>` policy and into `out/_headers` (hosts that read one); `deploy/security-headers.conf` (nginx)
 * and `serve.json` (local `npm start`) are checked against it by a unit test, so the copies cannot drift.
 */

/** Content-Security-Policy directives. Everything the portal loads is its own: no third party, no inline script. */
export const contentSecurityPolicy: ReadonlyArray<readonly [directive: string, sources: string]> = [
  ['default-src', "'self'"],
  // Pagefind's search index is read by WebAssembly, which needs `wasm-unsafe-eval` (it allows no JavaScript eval).
  ['script-src', "'self' 'wasm-unsafe-eval'"],
  ['style-src', "'self'"],
  // QR codes and the certificate image are drawn in the page (data: and blob: URLs of our own making).
  ['img-src', "'self' data: blob:"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['worker-src', "'self'"],
  ['manifest-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'self'"],
  ['frame-ancestors', "'none'"],
];

/** Directives a `<meta http-equiv>` policy cannot carry (browsers ignore them there); only a header sets them. */
const headerOnlyDirectives = new Set(['frame-ancestors']);

export function contentSecurityPolicyText({ forMeta = false } = {}): string {
  return contentSecurityPolicy
    .filter(([directive]) => !(forMeta && headerOnlyDirectives.has(directive)))
    .map(([directive, sources]) => `${directive} ${sources}`)
    .join('; ');
}

/** Response headers for every file the site serves. */
export const securityHeaders: ReadonlyArray<readonly [name: string, value: string]> = [
  ['Content-Security-Policy', contentSecurityPolicyText()],
  ['X-Content-Type-Options', 'nosniff'],
  // What page a reader came from is nobody else's business (a checker link can say what they asked).
  ['Referrer-Policy', 'no-referrer'],
  ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()'],
  ['Strict-Transport-Security', 'max-age=63072000; includeSubDomains'],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
  ['X-Frame-Options', 'DENY'],
];

/** The `_headers` file read by Netlify, Cloudflare Pages and similar hosts. */
export function headersFile(): string {
  return `/*\n${securityHeaders.map(([name, value]) => `  ${name}: ${value}`).join('\n')}\n`;
}

/** The nginx snippet: one `add_header … always;` per header (included in every `location`, see deploy/nginx.conf). */
export function nginxHeaderLines(): string[] {
  return securityHeaders.map(([name, value]) => `add_header ${name} "${value}" always;`);
}

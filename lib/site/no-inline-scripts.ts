import { createHash } from 'node:crypto';

/**
 * Moves every inline script of an exported page into a file of its own, so the page runs under
 * `script-src 'self'` with no `unsafe-inline` and no hashes. Scripts run in the same order: an external
 * script without `async` or `defer` runs where it stands, as the inline one did. Data blocks
 * (`type="application/json"`, `application/ld+json`) are not executed and stay where they are.
 */

export interface ExternalScript {
  /** Public path, e.g. `/_scripts/3f2a….js`. */
  path: string;
  code: string;
}

const scriptPattern = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const executableTypes = new Set(['', 'text/javascript', 'application/javascript', 'module']);

function scriptType(attributes: string): string {
  return (/\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1] ?? '').toLowerCase();
}

const isInlineExecutable = (attributes: string, code: string) =>
  !/\bsrc\s*=/i.test(attributes) && executableTypes.has(scriptType(attributes)) && code.trim() !== '';

export function externalizeInlineScripts(html: string, directory = '/_scripts/'): { html: string; scripts: ExternalScript[] } {
  const scripts: ExternalScript[] = [];
  const rewritten = html.replace(scriptPattern, (whole, attributes: string, code: string) => {
    if (!isInlineExecutable(attributes, code)) return whole;
    // Named by content, so the same script on many pages is one cached file.
    const path = `${directory}${createHash('sha256').update(code).digest('hex').slice(0, 20)}.js`;
    scripts.push({ path, code });
    return `<script${attributes} src="${path}"></script>`;
  });
  return { html: rewritten, scripts };
}

/** The inline executable scripts left in a page (the build fails on any). */
export function inlineScriptsIn(html: string): string[] {
  return [...html.matchAll(scriptPattern)]
    .filter(([, attributes = '', code = '']) => isInlineExecutable(attributes, code))
    .map(([whole]) => whole.slice(0, 80));
}

/** Elements and attributes a strict `style-src 'self'` would block: `<style>` blocks and `style="…"` attributes. */
export function inlineStylesIn(html: string): string[] {
  return [...html.matchAll(/<style\b[^>]*>|\sstyle="[^"]*"/gi)].map(([whole]) => whole.trim().slice(0, 80));
}

/** Puts the policy in the page as the first element of `<head>`, so it covers everything after it. */
export function withMetaPolicy(html: string, policy: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy.replace(/"/g, '&quot;')}"/>`;
  const withoutOld = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/i, '');
  return withoutOld.replace(/<head([^>]*)>/i, `<head$1>${meta}`);
}

// What a page would need the CSP to loosen for: inline scripts and styles. scripts/build-islands.ts already leaves
// no script of the framework in a page; scripts/build-security.ts fails the build on anything found here, and adds
// the policy itself.

const scriptPattern = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const executableTypes = new Set(['', 'text/javascript', 'application/javascript', 'module']);

function scriptType(attributes: string): string {
  return (/\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attributes)?.[1] ?? '').toLowerCase();
}

const isInlineExecutable = (attributes: string, code: string) =>
  !/\bsrc\s*=/i.test(attributes) && executableTypes.has(scriptType(attributes)) && code.trim() !== '';

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

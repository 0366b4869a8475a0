/**
 * Fills the placeholders of a UI text translated on the server (client islands get texts, not the message
 * catalogue). Values are read from any object, so a score can be passed as it is.
 *
 * - `{name}` is replaced by the value.
 * - `{name, plural, =1 {…} one {…} other {…}}` (the ICU subset next-intl also reads) picks the branch for the
 *   number: an exact `=n` first, then the locale's plural category, then `other`; `#` in it is the number.
 *   This keeps "Retry the 1 questions" out of English without a rule per message.
 */
export function fillTemplate(template: string, values: object, locale = 'en'): string {
  const lookup = values as Record<string, unknown>;
  let out = '';
  let index = 0;
  while (index < template.length) {
    const open = template.indexOf('{', index);
    if (open === -1) break;
    const close = matchingBrace(template, open);
    if (close === -1) break;
    out += template.slice(index, open);
    out += fillPlaceholder(template.slice(open + 1, close), template.slice(open, close + 1), lookup, locale);
    index = close + 1;
  }
  return out + template.slice(index);
}

function matchingBrace(text: string, open: number): number {
  let depth = 0;
  for (let at = open; at < text.length; at++) {
    if (text[at] === '{') depth++;
    else if (text[at] === '}' && --depth === 0) return at;
  }
  return -1;
}

function fillPlaceholder(inner: string, whole: string, lookup: Record<string, unknown>, locale: string): string {
  const plural = /^\s*(\w+)\s*,\s*plural\s*,([\s\S]*)$/.exec(inner);
  if (!plural) {
    const value = lookup[inner.trim()];
    return typeof value === 'string' || typeof value === 'number' ? String(value) : whole;
  }
  const [, name, body] = plural as unknown as [string, string, string];
  const count = lookup[name];
  if (typeof count !== 'number') return whole;
  const branches = new Map<string, string>();
  const branch = /\s*(=\d+|\w+)\s*\{/g;
  let match = branch.exec(body);
  while (match) {
    const open = match.index + match[0].length - 1;
    const close = matchingBrace(body, open);
    if (close === -1) break;
    branches.set(match[1] as string, body.slice(open + 1, close));
    branch.lastIndex = close + 1;
    match = branch.exec(body);
  }
  const chosen = branches.get(`=${count}`) ?? branches.get(new Intl.PluralRules(locale).select(count)) ?? branches.get('other');
  if (chosen === undefined) return whole;
  return fillTemplate(chosen.replace(/#/g, String(count)), lookup, locale);
}

/**
 * How a locale joins a list ("A, B, dan C"), as the separators Intl.ListFormat uses. Creating a ListFormat in a
 * browser loads its locale data: about 20 ms on a slow phone for each kind, which the checker's first verdict or
 * its idle start-up would pay. So the build reads the separators from Intl (CLDR) once, the page carries them,
 * and `formatList` joins with them: the same text, tested against Intl for every locale of the portal.
 */
export interface ListPattern {
  /** Between the two items of a two-item list (" dan "). */
  pair: string;
  /** After the first item of a longer list (", "). */
  start: string;
  /** Between the items in the middle (", "). */
  middle: string;
  /** Before the last item (", dan "). */
  end: string;
}

export function listPattern(locale: string, type: 'conjunction' | 'disjunction'): ListPattern {
  const format = new Intl.ListFormat(locale, { type });
  const separators = (items: string[]) =>
    format
      .formatToParts(items)
      .filter((part) => part.type === 'literal')
      .map((part) => part.value);
  const [pair = ', '] = separators(['a', 'b']);
  const [start = ', ', middle = ', ', end = ', '] = separators(['a', 'b', 'c', 'd']);
  return { pair, start, middle, end };
}

export function formatList(items: readonly string[], pattern: ListPattern): string {
  if (items.length === 2) return `${items[0]}${pattern.pair}${items[1]}`;
  const last = items.length - 1;
  return items.map((item, index) => (index === 0 ? item : `${index === 1 ? pattern.start : index === last ? pattern.end : pattern.middle}${item}`)).join('');
}

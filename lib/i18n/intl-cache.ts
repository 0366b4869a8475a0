// Intl objects, one per kind, locale and options. Creating one is costly (the first of a kind loads its locale's
// data: tens of milliseconds on a slow phone), using one is cheap; so the islands format with these, and the
// checker creates the ones its answer needs while the page is idle.
const made = new Map<string, unknown>();

function kept<T>(kind: string, args: unknown[], make: () => T): T {
  const key = `${kind} ${JSON.stringify(args)}`;
  if (!made.has(key)) made.set(key, make());
  return made.get(key) as T;
}

export const dateTimeFormat = (...args: ConstructorParameters<typeof Intl.DateTimeFormat>) => kept('DateTimeFormat', args, () => new Intl.DateTimeFormat(...args));
export const numberFormat = (...args: ConstructorParameters<typeof Intl.NumberFormat>) => kept('NumberFormat', args, () => new Intl.NumberFormat(...args));
export const pluralRules = (...args: ConstructorParameters<typeof Intl.PluralRules>) => kept('PluralRules', args, () => new Intl.PluralRules(...args));

/** A calendar day (`yyyy-mm-dd`) written out in the locale's long or full style, read as UTC so it never shifts. */
export function formatDay(date: string, locale: string, style: 'full' | 'long' | 'medium' = 'long'): string {
  return dateTimeFormat(locale, { dateStyle: style, timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}

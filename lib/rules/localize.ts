/** A side-by-side text as stored in content: `{id, en}`. */
interface Bilingual {
  id: string;
  en: string;
}

/** The same shape with every `{id, en}` text replaced by the string of one locale. */
export type Localize<T> = T extends Bilingual
  ? string
  : T extends readonly (infer U)[]
    ? Localize<U>[]
    : T extends object
      ? { [K in keyof T]: Localize<T[K]> }
      : T;

function isBilingual(value: object): value is Bilingual {
  const keys = Object.keys(value);
  return keys.length === 2 && typeof (value as Bilingual).id === 'string' && typeof (value as Bilingual).en === 'string';
}

/**
 * Picks one language throughout a content structure, so that the browser receives only the strings of the
 * page's locale. Any locale other than `en` reads Indonesian, the default.
 */
export function localizeDeep<T>(value: T, locale: string): Localize<T> {
  if (Array.isArray(value)) return value.map((item) => localizeDeep(item, locale)) as Localize<T>;
  if (value === null || typeof value !== 'object') return value as Localize<T>;
  if (isBilingual(value)) return (locale === 'en' ? value.en : value.id) as Localize<T>;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) out[key] = localizeDeep(item, locale);
  return out as Localize<T>;
}

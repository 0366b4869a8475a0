/**
 * Picking one language of side-by-side `{id, en}` content texts. No zod here: island components import it.
 * Any locale other than `en` reads Indonesian, the default.
 */
import type { Localized } from './localized';

/** Picks one language of a side-by-side text (a plain string, such as a name, is the same in both). */
export function localize(value: Localized | string, locale: string): string {
  if (typeof value === 'string') return value;
  return locale === 'en' ? value.en : value.id;
}

/** The same shape with every `{id, en}` text replaced by the string of one locale. */
export type Localize<T> = T extends Localized
  ? string
  : T extends readonly (infer U)[]
    ? Localize<U>[]
    : T extends object
      ? { [K in keyof T]: Localize<T[K]> }
      : T;

function isLocalized(value: object): value is Localized {
  const keys = Object.keys(value);
  return keys.length === 2 && typeof (value as Localized).id === 'string' && typeof (value as Localized).en === 'string';
}

/**
 * Picks one language throughout a content structure, so that the browser receives only the strings of the
 * page's locale. Any locale other than `en` reads Indonesian, the default.
 */
export function localizeDeep<T>(value: T, locale: string): Localize<T> {
  if (Array.isArray(value)) return value.map((item) => localizeDeep(item, locale)) as Localize<T>;
  if (value === null || typeof value !== 'object') return value as Localize<T>;
  if (isLocalized(value)) return localize(value, locale) as Localize<T>;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) out[key] = localizeDeep(item, locale);
  return out as Localize<T>;
}

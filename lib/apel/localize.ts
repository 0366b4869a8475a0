import type { Localized } from '@/lib/content/localized';

/** The text of a side-by-side content string in the page's language (Indonesian for any other locale). */
export function localize(value: Localized, locale: string): string {
  return locale === 'en' ? value.en : value.id;
}

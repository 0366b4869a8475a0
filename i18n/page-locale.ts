import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { setRequestLocale } from 'next-intl/server';
import { type Locale, routing } from './routing';

/**
 * Reads the `[locale]` segment of a page or layout, answers 404 for an unknown locale, and enables
 * static rendering for it (next-intl's `setRequestLocale`).
 */
export async function pageLocale(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  return locale;
}

/** `generateStaticParams` for a route exported once per locale (feeds, JSON data). */
export function localeStaticParams(): { locale: Locale }[] {
  return routing.locales.map((locale) => ({ locale }));
}

/** The `[locale]` of a route handler, or the default locale for an unknown one (a route has no 404 page). */
export async function routeLocale(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params;
  return hasLocale(routing.locales, locale) ? locale : routing.defaultLocale;
}

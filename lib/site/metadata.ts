import type { Metadata } from 'next';
import { routing } from '@/i18n/routing';
import { absoluteUrl } from './config';
import { localePath } from './routes';

interface PageMetadataInput {
  locale: string;
  /** Locale-free path, e.g. `panduan/media-sosial`. */
  path: string;
  title: string;
  description: string;
}

/** Title, description, canonical URL and hreflang alternates (both locales and x-default) of a page. */
export function pageMetadata({ locale, path, title, description }: PageMetadataInput): Metadata {
  const languages: Record<string, string> = {};
  for (const other of routing.locales) languages[other] = absoluteUrl(localePath(other, path));
  languages['x-default'] = absoluteUrl(localePath(routing.defaultLocale, path));
  return {
    title,
    description,
    alternates: { canonical: absoluteUrl(localePath(locale, path)), languages },
  };
}

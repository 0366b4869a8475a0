import type { Metadata } from 'next';
import { routing } from '@/i18n/routing';
import enMessages from '@/messages/en.json';
import idMessages from '@/messages/id.json';
import { previewImagePath, previewImageSize, sectionOfPath } from '@/lib/share/preview-image';
import { absoluteUrl } from './config';
import { localePath } from './routes';

interface PageMetadataInput {
  locale: string;
  /** Locale-free path, e.g. `panduan/media-sosial`. */
  path: string;
  title: string;
  description: string;
}

const siteMessages = { id: idMessages, en: enMessages } as const;
const openGraphLocales: Record<string, string> = { id: 'id_ID', en: 'en_GB' };

/**
 * Title, description, canonical URL, hreflang alternates (both locales and x-default) and link
 * previews (Open Graph and Twitter card, with the section's 1200×630 image) of a page. Every URL is
 * absolute: WhatsApp and other crawlers do not resolve relative ones.
 */
export function pageMetadata({ locale, path, title, description }: PageMetadataInput): Metadata {
  const languages: Record<string, string> = {};
  for (const other of routing.locales) languages[other] = absoluteUrl(localePath(other, path));
  languages['x-default'] = absoluteUrl(localePath(routing.defaultLocale, path));

  const messages = locale === 'en' ? siteMessages.en : siteMessages.id;
  const section = sectionOfPath(path);
  const url = absoluteUrl(localePath(locale, path));
  const image = {
    url: absoluteUrl(previewImagePath(locale, section)),
    ...previewImageSize,
    type: 'image/png',
    alt: `${messages.Site.name}: ${messages.Nav[section]}`,
  };
  return {
    title,
    description,
    alternates: { canonical: url, languages },
    openGraph: {
      type: 'website',
      siteName: messages.Site.name,
      title,
      description,
      url,
      locale: openGraphLocales[locale] ?? 'id_ID',
      alternateLocale: routing.locales.filter((other) => other !== locale).map((other) => openGraphLocales[other] ?? other),
      images: [image],
    },
    twitter: { card: 'summary_large_image', title, description, images: [image] },
    // Setting icons here replaces the file-based app/icon.svg link, so both are named. iOS ignores the
    // manifest's icons when a page is added to the home screen: it needs the touch icon.
    icons: {
      icon: [{ url: '/icon.svg', type: 'image/svg+xml', sizes: 'any' }],
      apple: [{ url: '/icons/apple-touch-icon.png', sizes: '180x180', type: 'image/png' }],
    },
  };
}

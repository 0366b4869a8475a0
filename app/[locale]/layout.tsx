import type { Metadata, Viewport } from 'next';
import { getTranslations } from 'next-intl/server';
import { pageLocale } from '@/i18n/page-locale';
import { SiteFooter } from '@/components/layout/SiteFooter';
import { SiteHeader } from '@/components/layout/SiteHeader';
import { SkipLink } from '@/components/layout/SkipLink';
import { OfflineSupport } from '@/components/pwa/OfflineSupport';
import { SharePanel } from '@/components/share/SharePanel';
import { routing } from '@/i18n/routing';
import { siteUrl } from '@/lib/site/config';
import '../globals.css';

export const dynamicParams = false;

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export async function generateMetadata({ params }: LayoutProps<'/[locale]'>): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'Site' });
  return {
    metadataBase: new URL(siteUrl),
    title: { default: t('name'), template: `%s | ${t('name')}` },
    description: t('description'),
    applicationName: t('name'),
  };
}

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#0b5394' },
    { media: '(prefers-color-scheme: dark)', color: '#10171e' },
  ],
};

export default async function LocaleLayout({ children, params }: LayoutProps<'/[locale]'>) {
  const locale = await pageLocale(params);

  return (
    <html lang={locale}>
      <body className="flex min-h-dvh flex-col bg-canvas text-ink">
        <SkipLink />
        <SiteHeader locale={locale} />
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-8 focus:outline-none">
          {children}
          <SharePanel />
        </main>
        <SiteFooter locale={locale} />
        <OfflineSupport />
      </body>
    </html>
  );
}

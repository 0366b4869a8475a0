import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { CheckerSection } from '@/components/checker/CheckerSection';
import { pageLocale } from '@/i18n/page-locale';
import { pageMetadata } from '@/lib/site/metadata';
import { localePath, sectionPaths } from '@/lib/site/routes';

export async function generateMetadata({ params }: PageProps<'/[locale]/cek'>): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'CheckerPage' });
  return pageMetadata({ locale, path: sectionPaths.checker, title: t('title'), description: t('description') });
}

export default async function CheckerPage({ params }: PageProps<'/[locale]/cek'>) {
  const locale = await pageLocale(params);
  const t = await getTranslations('CheckerPage');
  const fallback = await getTranslations('CheckerFallback');
  return (
    <>
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-2 max-w-prose text-muted sm:mt-3 sm:text-lg">{t('description')}</p>
      <noscript>
        <p className="mt-6 rounded-xl border-l-4 border-caution bg-caution-bg p-4">
          {fallback('noscript')}{' '}
          <a className="link" href={localePath(locale, sectionPaths.guides)}>
            {fallback('guides')}
          </a>
        </p>
      </noscript>
      <CheckerSection locale={locale} />
    </>
  );
}

import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { pageLocale } from '@/i18n/page-locale';
import { SearchPage } from '@/components/search/SearchPage';
import { searchPath } from '@/components/search/search-path';
import { pageMetadata } from '@/lib/site/metadata';

export async function generateMetadata({ params }: PageProps<'/[locale]/cari'>): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'SearchPage' });
  return pageMetadata({ locale, path: searchPath, title: t('title'), description: t('description') });
}

export default async function SearchRoute({ params }: PageProps<'/[locale]/cari'>) {
  const locale = await pageLocale(params);
  const t = await getTranslations('SearchPage');
  return (
    <>
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-3 max-w-prose text-lg text-muted">{t('description')}</p>
      <SearchPage locale={locale} />
    </>
  );
}

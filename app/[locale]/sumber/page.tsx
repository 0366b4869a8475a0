import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { pageLocale } from '@/i18n/page-locale';
import { SourcesOverview } from '@/components/sources/SourcesOverview';
import { pageMetadata } from '@/lib/site/metadata';
import { sectionPaths } from '@/lib/site/routes';

export async function generateMetadata({ params }: PageProps<'/[locale]/sumber'>): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'SourcesPage' });
  return pageMetadata({ locale, path: sectionPaths.sources, title: t('title'), description: t('description') });
}

export default async function SourcesPage({ params }: PageProps<'/[locale]/sumber'>) {
  await pageLocale(params);
  const t = await getTranslations('SourcesPage');
  return (
    <>
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-3 max-w-prose text-lg text-muted">{t('description')}</p>
      <SourcesOverview />
    </>
  );
}

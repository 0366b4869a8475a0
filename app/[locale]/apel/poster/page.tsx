import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { pageLocale } from '@/i18n/page-locale';
import { PosterSheet } from '@/components/apel/PosterSheet';
import { pageMetadata } from '@/lib/site/metadata';
import { sectionPaths } from '@/lib/site/routes';

export async function generateMetadata({ params }: PageProps<'/[locale]/apel/poster'>): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'ApelPoster' });
  return pageMetadata({ locale, path: `${sectionPaths.apel}/poster`, title: t('title'), description: t('description') });
}

export default async function ApelPosterPage({ params }: PageProps<'/[locale]/apel/poster'>) {
  const locale = await pageLocale(params);
  return <PosterSheet locale={locale} />;
}

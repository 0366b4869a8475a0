import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { pageLocale } from '@/i18n/page-locale';
import { BriefingRecord } from '@/components/apel/BriefingRecord';
import { pageMetadata } from '@/lib/site/metadata';
import { sectionPaths } from '@/lib/site/routes';

export async function generateMetadata({ params }: PageProps<'/[locale]/apel/berita-acara'>): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'ApelBriefingRecord' });
  return pageMetadata({ locale, path: `${sectionPaths.apel}/berita-acara`, title: t('title'), description: t('description') });
}

export default async function ApelBriefingRecordPage({ params }: PageProps<'/[locale]/apel/berita-acara'>) {
  const locale = await pageLocale(params);
  return <BriefingRecord locale={locale} />;
}

import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { pageLocale } from '@/i18n/page-locale';
import { TallyPage } from '@/components/apel/TallyPage';
import { pageMetadata } from '@/lib/site/metadata';
import { sectionPaths } from '@/lib/site/routes';

export async function generateMetadata({ params }: PageProps<'/[locale]/apel/rekap'>): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'ApelTally' });
  return pageMetadata({ locale, path: `${sectionPaths.apel}/rekap`, title: t('title'), description: t('description') });
}

export default async function ApelTallyPage({ params }: PageProps<'/[locale]/apel/rekap'>) {
  const locale = await pageLocale(params);
  return <TallyPage locale={locale} />;
}

import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { pageLocale } from '@/i18n/page-locale';
import { ApelKit } from '@/components/apel/ApelKit';
import { pageMetadata } from '@/lib/site/metadata';
import { sectionPaths } from '@/lib/site/routes';

export async function generateMetadata({ params }: PageProps<'/[locale]/apel'>): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'ApelPage' });
  return pageMetadata({ locale, path: sectionPaths.apel, title: t('title'), description: t('description') });
}

export default async function ApelPage({ params }: PageProps<'/[locale]/apel'>) {
  const locale = await pageLocale(params);
  return <ApelKit locale={locale} />;
}

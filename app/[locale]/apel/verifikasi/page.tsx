import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { pageLocale } from '@/i18n/page-locale';
import { VerifyPage } from '@/components/apel/VerifyPage';
import { pageMetadata } from '@/lib/site/metadata';
import { sectionPaths } from '@/lib/site/routes';

export async function generateMetadata({ params }: PageProps<'/[locale]/apel/verifikasi'>): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'ApelVerify' });
  return pageMetadata({ locale, path: `${sectionPaths.apel}/verifikasi`, title: t('title'), description: t('description') });
}

export default async function ApelVerifyPage({ params }: PageProps<'/[locale]/apel/verifikasi'>) {
  const locale = await pageLocale(params);
  return <VerifyPage locale={locale} />;
}

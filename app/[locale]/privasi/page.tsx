import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { pageLocale } from '@/i18n/page-locale';
import { PrivacyNotice } from '@/components/privacy/PrivacyNotice';
import { pageMetadata } from '@/lib/site/metadata';
import { privacyPath } from '@/lib/site/routes';

export async function generateMetadata({ params }: PageProps<'/[locale]/privasi'>): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'PrivacyPage' });
  return pageMetadata({ locale, path: privacyPath, title: t('title'), description: t('description') });
}

export default async function PrivacyPage({ params }: PageProps<'/[locale]/privasi'>) {
  await pageLocale(params);
  return <PrivacyNotice />;
}

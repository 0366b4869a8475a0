import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { pageLocale } from '@/i18n/page-locale';
import { SecondarySources } from '@/components/sources/SecondarySources';
import { pageMetadata } from '@/lib/site/metadata';
import { secondarySourcesPath } from '@/lib/site/routes';

export async function generateMetadata({ params }: PageProps<'/[locale]/sumber/sekunder'>): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'SecondarySourcesPage' });
  return pageMetadata({ locale, path: secondarySourcesPath, title: t('title'), description: t('description') });
}

export default async function SecondarySourcesPage({ params }: PageProps<'/[locale]/sumber/sekunder'>) {
  await pageLocale(params);
  const t = await getTranslations('SecondarySourcesPage');
  return (
    <>
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-3 max-w-prose text-lg text-muted">{t('description')}</p>
      <SecondarySources />
    </>
  );
}

import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { pageLocale } from '@/i18n/page-locale';
import { LatestChange } from '@/components/changes/LatestChange';
import { HomeExamples } from '@/components/home/HomeExamples';
import { HomeSections } from '@/components/home/HomeSections';
import { pageMetadata } from '@/lib/site/metadata';

export async function generateMetadata({ params }: PageProps<'/[locale]'>): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'HomePage' });
  const site = await getTranslations({ locale, namespace: 'Site' });
  return { ...pageMetadata({ locale, path: '', title: t('title'), description: site('description') }), title: { absolute: `${site('name')}: ${t('title')}` } };
}

export default async function HomePage({ params }: PageProps<'/[locale]'>) {
  const locale = await pageLocale(params);
  const t = await getTranslations('HomePage');
  return (
    <>
      <h1 className="text-3xl font-bold leading-tight sm:text-4xl">{t('title')}</h1>
      <p className="mt-4 max-w-prose text-lg text-muted">{t('lead')}</p>
      <HomeExamples locale={locale} />
      <HomeSections locale={locale} />
      <LatestChange locale={locale} />
    </>
  );
}

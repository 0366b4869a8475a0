import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { pageLocale } from '@/i18n/page-locale';
import { GuideIndex } from '@/components/guides/GuideIndex';
import { listGuides } from '@/lib/content/guides';
import { pageMetadata } from '@/lib/site/metadata';
import { sectionPaths } from '@/lib/site/routes';

export async function generateMetadata({ params }: PageProps<'/[locale]/panduan'>): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'GuidesPage' });
  return pageMetadata({ locale, path: sectionPaths.guides, title: t('title'), description: t('description') });
}

export default async function GuidesPage({ params }: PageProps<'/[locale]/panduan'>) {
  const locale = await pageLocale(params);
  const t = await getTranslations('GuidesPage');
  return (
    <>
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-3 max-w-prose text-lg text-muted">{t('description')}</p>
      <GuideIndex locale={locale} guides={listGuides(locale)} />
    </>
  );
}

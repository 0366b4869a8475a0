import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ChangeTimeline } from '@/components/changes/ChangeTimeline';
import { pageLocale } from '@/i18n/page-locale';
import { getChangeTimeline } from '@/lib/changes/load';
import { changesFeedPath, changesPath } from '@/lib/changes/paths';
import { absoluteUrl } from '@/lib/site/config';
import { pageMetadata } from '@/lib/site/metadata';

export async function generateMetadata({ params }: PageProps<'/[locale]/perubahan'>): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'ChangesPage' });
  const metadata = pageMetadata({ locale, path: changesPath, title: t('title'), description: t('description') });
  // <link rel="alternate" type="application/atom+xml">: feed readers find the feed from the page.
  return { ...metadata, alternates: { ...metadata.alternates, types: { 'application/atom+xml': [{ url: absoluteUrl(changesFeedPath(locale)), title: t('feedTitle') }] } } };
}

export default async function ChangesPage({ params }: PageProps<'/[locale]/perubahan'>) {
  const locale = await pageLocale(params);
  const t = await getTranslations('ChangesPage');
  return (
    <>
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-3 max-w-prose text-lg text-muted">{t('description')}</p>
      <ChangeTimeline locale={locale} entries={getChangeTimeline()} />
    </>
  );
}

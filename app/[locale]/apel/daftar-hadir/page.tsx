import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { pageLocale } from '@/i18n/page-locale';
import { AttendanceSheet } from '@/components/apel/AttendanceSheet';
import { pageMetadata } from '@/lib/site/metadata';
import { sectionPaths } from '@/lib/site/routes';

export async function generateMetadata({ params }: PageProps<'/[locale]/apel/daftar-hadir'>): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'ApelAttendance' });
  return pageMetadata({ locale, path: `${sectionPaths.apel}/daftar-hadir`, title: t('title'), description: t('description') });
}

export default async function ApelAttendancePage({ params }: PageProps<'/[locale]/apel/daftar-hadir'>) {
  const locale = await pageLocale(params);
  return <AttendanceSheet locale={locale} />;
}

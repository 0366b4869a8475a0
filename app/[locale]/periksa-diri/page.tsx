import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { SelfCheckSection } from '@/components/selfcheck/SelfCheckSection';
import { pageLocale } from '@/i18n/page-locale';
import { pageMetadata } from '@/lib/site/metadata';
import { localePath, sectionPaths, toolPaths } from '@/lib/site/routes';

export async function generateMetadata({ params }: PageProps<'/[locale]/periksa-diri'>): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'SelfCheckPage' });
  return pageMetadata({ locale, path: toolPaths.selfCheck, title: t('title'), description: t('description') });
}

export default async function SelfCheckPage({ params }: PageProps<'/[locale]/periksa-diri'>) {
  const locale = await pageLocale(params);
  const t = await getTranslations('SelfCheckPage');
  return (
    <>
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-3 max-w-prose text-lg text-muted print:hidden">{t('description')}</p>
      <noscript>
        <p className="mt-6 rounded-xl border-l-4 border-caution bg-caution-bg p-4">
          {t('noscript')}{' '}
          <a className="link" href={localePath(locale, sectionPaths.guides)}>
            {t('guides')}
          </a>
        </p>
      </noscript>
      <SelfCheckSection locale={locale} />
    </>
  );
}

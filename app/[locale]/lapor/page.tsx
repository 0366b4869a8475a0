import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PressureHelp } from '@/components/report/PressureHelp';
import { ReportFlowSection } from '@/components/report/ReportSection';
import { pageLocale } from '@/i18n/page-locale';
import { pageMetadata } from '@/lib/site/metadata';
import { localePath, toolPaths } from '@/lib/site/routes';

const evidence = ['what', 'when', 'where', 'who', 'link', 'witnesses'] as const;

export async function generateMetadata({ params }: PageProps<'/[locale]/lapor'>): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'ReportPage' });
  return pageMetadata({ locale, path: toolPaths.report, title: t('title'), description: t('description') });
}

export default async function ReportPage({ params }: PageProps<'/[locale]/lapor'>) {
  const locale = await pageLocale(params);
  const t = await getTranslations('ReportPage');
  return (
    <>
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-3 max-w-prose text-lg text-muted">{t('description')}</p>
      <ReportFlowSection />
      <section aria-labelledby="evidence-title" className="mt-10">
        <h2 id="evidence-title" className="text-2xl font-bold">
          {t('evidenceTitle')}
        </h2>
        <p className="mt-2">{t('evidenceLead')}</p>
        <ul className="mt-2 list-disc pl-5">
          {evidence.map((item) => (
            <li key={item}>{t(`evidence.${item}`)}</li>
          ))}
        </ul>
        <div className="mt-4 rounded-xl border-l-4 border-caution bg-caution-bg p-4">
          <h3 className="font-bold">{t('smearTitle')}</h3>
          <p className="mt-1">{t('smearText')}</p>
        </div>
      </section>
      <PressureHelp />
      <p className="mt-10 rounded-xl border border-line bg-surface p-4">
        <strong>{t('toolsTitle')}</strong>: {t('toolsText')}{' '}
        <a className="link font-semibold" href={localePath(locale, toolPaths.selfCheck)}>
          {t('toolsTitle')}
        </a>
      </p>
    </>
  );
}

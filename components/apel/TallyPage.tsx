import { compileMessage } from '@/lib/i18n/compile-messages';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { codeFormLabels, codeSettings } from './codeLabels.server';
import { Island } from '@/components/islands/Island';
import './paper.css';
import { BackToKit } from './BackToKit';

/** The tally page: paste the group's messages, get the list of completion codes to print or download. */
export async function TallyPage({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'ApelTally' });
  const verify = await getTranslations({ locale, namespace: 'ApelVerify' });
  return (
    <>
      <div className="print:hidden">
        <BackToKit locale={locale} label={verify('back')} />
      </div>
      <article data-print-alone="" className="apel-tally-page">
        <h1 className="mt-3 text-3xl font-bold print:mt-0 print:text-2xl">{t('title')}</h1>
        <Island name="apel.event-line" props={{ fields: ['name', 'office', 'date', 'place'], locale, className: 'mt-2 font-semibold' }} />
        <p className="mt-3 max-w-prose text-lg text-muted print:hidden">{t('intro')}</p>
        <div className="mt-6">
          <Island
            name="apel.tally"
            props={{
              locale,
              settings: codeSettings,
              labels: {
                ...(await codeFormLabels(locale, 'ApelTally')),
                summary: compileMessage(t.raw('summary')),
                empty: t('empty'),
                caption: t('caption'),
                columns: {
                  number: t('columns.number'),
                  note: t('columns.note'),
                  code: t('columns.code'),
                  date: t('columns.date'),
                  score: t('columns.score'),
                  result: t('columns.result'),
                  event: t('columns.event'),
                  status: t('columns.status'),
                },
                statusValid: t('statusValid'),
                statusInconsistent: t('statusInconsistent'),
                statusDuplicate: t('statusDuplicate'),
                print: t('print'),
                download: t('download'),
                fileName: t('fileName'),
              },
            }}
          />
        </div>
        <p className="mt-6 max-w-prose text-sm text-muted">{t('privacy')}</p>
      </article>
    </>
  );
}

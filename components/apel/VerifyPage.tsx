import { compileMessage } from '@/lib/i18n/compile-messages';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { codeFormLabels, codeSettings } from './codeLabels.server';
import { Island } from '@/components/islands/Island';
import { BackToKit } from './BackToKit';

/** The verify page: the form, and plainly what a completion code proves and what it does not. */
export async function VerifyPage({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'ApelVerify' });
  return (
    <>
      <BackToKit locale={locale} label={t('back')} />
      <h1 className="mt-3 text-3xl font-bold">{t('title')}</h1>
      <p className="mt-3 max-w-prose text-lg text-muted">{t('intro')}</p>
      <Island name="apel.event-line" props={{ fields: ['name', 'office', 'date'], locale, className: 'mt-2 font-semibold' }} />
      <div className="mt-6">
        <Island
          name="apel.verify"
          props={{
            locale,
            settings: codeSettings,
            labels: {
              ...(await codeFormLabels(locale, 'ApelVerify')),
              check: t('check'),
              malformed: t('malformed'),
              inconsistent: t('inconsistent'),
              valid: t('valid'),
              fieldsCaption: t('fieldsCaption'),
              fields: {
                code: t('fields.code'),
                event: t('fields.event'),
                date: t('fields.date'),
                score: t('fields.score'),
                result: t('fields.result'),
                round: t('fields.round'),
                content: t('fields.content'),
                attempt: t('fields.attempt'),
                check: t('fields.check'),
              },
              attempt: compileMessage(t.raw('attempt')),
              checkOk: t('checkOk'),
              },
          }}
        />
      </div>
      <section aria-labelledby="verify-meaning" className="mt-10 max-w-prose rounded-xl border border-line bg-surface p-5">
        <h2 id="verify-meaning" className="text-xl font-bold">
          {t('meaningTitle')}
        </h2>
        <h3 className="mt-3 font-bold">{t('provesTitle')}</h3>
        <p className="mt-1">{t('proves')}</p>
        <h3 className="mt-3 font-bold">{t('notProvesTitle')}</h3>
        <ul className="mt-1 list-disc pl-6">
          <li>{t('notIdentity')}</li>
          <li>{t('notUnique')}</li>
          <li>{t('notServer')}</li>
          <li>{t('notForgery')}</li>
        </ul>
      </section>
    </>
  );
}

import { useLocale, useTranslations } from 'next-intl';
import { localize } from '@/lib/content/localize';
import { loadReportContent } from '@/lib/report/content';
import { sourceLabels } from '@/lib/report/view';
import { SourceLinks } from './SourceLinks';

/**
 * `<PressureHelp />`: what to say when pressed to support a candidate, how to keep a record, who helps, and
 * what protects someone who refuses, with sources (and where our sources are silent, saying so). A server
 * component with no script, for the reporting page and the field-pressure guide. `headingLevel` is the
 * level of its own title (2 on the reporting page; 3 inside a guide section, or 2 with `id` as an anchor).
 */
export function PressureHelp({ headingLevel = 2, id = 'ditekan' }: { headingLevel?: 2 | 3; id?: string }) {
  const locale = useLocale();
  const t = useTranslations('PressureHelp');
  const { pressure, channels } = loadReportContent();
  const Title = `h${headingLevel}` as const;
  const Sub = `h${headingLevel + 1}` as 'h3' | 'h4';
  const cite = (ids: string[]) => <SourceLinks sources={sourceLabels(ids, locale)} />;
  return (
    <section aria-labelledby={`${id}-title`} id={id} className="pressure-help mt-10 scroll-mt-4">
      <Title id={`${id}-title`} className="text-2xl font-bold">
        {t('title')}
      </Title>
      <p className="mt-2 max-w-prose">{t('lead')}</p>

      <Sub className="mt-6 text-xl font-bold">{t('scriptsTitle')}</Sub>
      <ul className="mt-2 grid gap-3">
        {pressure.scripts.map((script) => (
          <li key={script.id} className="rounded-lg border border-line p-3">
            <p className="font-semibold">{localize(script.to, locale)}</p>
            <blockquote className="mt-1 border-l-4 border-brand pl-3">
              <p lang="id">“{script.says.id}”</p>
              {locale === 'en' && <p className="mt-1 text-muted">({script.says.en})</p>}
            </blockquote>
          </li>
        ))}
      </ul>

      <Sub className="mt-6 text-xl font-bold">{t('recordTitle')}</Sub>
      <ol className="mt-2 list-decimal pl-5">
        {pressure.record.map((step) => (
          <li key={step.en}>{localize(step, locale)}</li>
        ))}
      </ol>

      <Sub className="mt-6 text-xl font-bold">{t('helpTitle')}</Sub>
      <ul className="mt-2 list-disc pl-5">
        {pressure.helpers.map((helper) => {
          const channel = channels.find((candidate) => candidate.id === helper);
          return (
            channel && (
              <li key={helper}>
                <strong>{localize(channel.name, locale)}</strong>: {localize(channel.how, locale)}{' '}
                <span className="text-sm text-muted">[{cite(channel.sources)}]</span>
              </li>
            )
          );
        })}
      </ul>

      <Sub className="mt-6 text-xl font-bold">{t('protectionTitle')}</Sub>
      <ul className="mt-2 grid gap-3">
        {pressure.protections.map((protection) => (
          <li key={protection.id} className="rounded-lg border border-line p-3">
            <p>{localize(protection.text, locale)}</p>
            <p className="mt-1 text-sm">
              <span className="font-semibold">{t('basis')}: </span>
              {protection.basis.map((basis, index) => (
                <span key={`${basis.instrument}-${basis.article.en}`}>
                  {index > 0 && '; '}
                  <SourceLinks sources={sourceLabels([basis.instrument], locale)} />{' '}
                  {localize(basis.article, locale)}
                  {basis.status !== 'verified' && ` (${t(`status.${basis.status}`)})`}
                </span>
              ))}
            </p>
            <p className="text-sm text-muted">
              <span className="font-semibold">{t('sources')}: </span>
              {cite(protection.sources)}
            </p>
          </li>
        ))}
      </ul>

      <Sub className="mt-6 text-xl font-bold">{t('gapsTitle')}</Sub>
      <div className="mt-2 rounded-lg border-l-4 border-caution bg-caution-bg p-3">
        {pressure.gaps.map((gap) => (
          <p key={gap.en}>{localize(gap, locale)}</p>
        ))}
      </div>
      <p className="mt-3 text-sm text-muted">{t('checked', { date: pressure.lastChecked })}</p>
    </section>
  );
}

import { useLocale, useTranslations } from 'next-intl';
import { getInstruments, getSourceHref, getSources, type Instrument } from '@/lib/content/catalog';
import { localize } from '@/lib/content/localize';
import { SourceDate } from './SourceDate';

/** A law, regulation, decree, letter or ruling: its number, date, status today, what it says, and who reports it. */
export function InstrumentEntry({ instrument }: { instrument: Instrument }) {
  const locale = useLocale();
  const t = useTranslations('InstrumentEntry');
  const dates = useTranslations('InstrumentDates');
  const statuses = {
    'in-force': t('inForce'),
    revoked: t('revoked'),
    historic: t('historic'),
    guidance: t('guidance'),
    ruling: t('ruling'),
  };
  const tone = instrument.status === 'revoked' || instrument.status === 'historic' ? 'border-caution text-caution' : 'border-allowed text-allowed';
  const successor = instrument.replacedBy && getInstruments().find((candidate) => candidate.id === instrument.replacedBy);
  const amenders = (instrument.amendedBy ?? []).flatMap((id) => getInstruments().filter((candidate) => candidate.id === id));
  const sources = getSources();
  return (
    <article id={instrument.id} className="long-page-entry scroll-mt-4 rounded-xl border border-line p-4 sm:p-5">
      <h3 className="text-lg font-bold">{localize(instrument.short, locale)}</h3>
      <p className="mt-1">{localize(instrument.title, locale)}</p>
      <p className="mt-2 text-sm">
        <span className={`mr-2 inline-block rounded border px-1.5 font-semibold ${tone}`}>{statuses[instrument.status]}</span>
        {t('number')}: {instrument.number}
        {instrument.date && (
          <>
            {' · '}
            <SourceDate date={instrument.date} />
          </>
        )}
        {instrument.inForceFrom && (
          <>
            {' · '}
            {dates('inForceFrom')} <SourceDate date={instrument.inForceFrom} />
          </>
        )}
        {instrument.inForceUntil && (
          <>
            {' · '}
            {dates('inForceUntil')} <SourceDate date={instrument.inForceUntil} />
          </>
        )}
        {' · '}
        {dates(`certainty.${instrument.certainty}`)}
      </p>
      <p className="mt-2">{localize(instrument.note, locale)}</p>
      {amenders.length > 0 && (
        <p className="mt-2 text-sm">
          {dates('amendedBy')}{' '}
          {amenders.map((amender, index) => (
            <span key={amender.id}>
              {index > 0 && '; '}
              <a className="link" href={getSourceHref(locale, amender.id)}>
                {localize(amender.short, locale)}
              </a>
            </span>
          ))}
        </p>
      )}
      {successor && (
        <p className="mt-2 text-sm">
          {t('replacedBy')}{' '}
          <a className="link" href={getSourceHref(locale, successor.id)}>
            {localize(successor.short, locale)}
          </a>
        </p>
      )}
      <p className="mt-2 text-sm text-muted">
        {t('reportedBy')}{' '}
        {instrument.sources.map((id, index) => {
          const source = sources.find((candidate) => candidate.id === id);
          return (
            <span key={id}>
              {index > 0 && '; '}
              <a className="link" href={getSourceHref(locale, id)}>
                {source ? localize(source.outlet, locale).split(' (')[0] : id}
              </a>
            </span>
          );
        })}
      </p>
    </article>
  );
}

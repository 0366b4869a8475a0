import { useFormatter, useLocale, useTranslations } from 'next-intl';
import { getInstruments, getPenalties, getPenalty, getSourceHref } from '@/lib/content/catalog';
import { localize } from '@/lib/content/localize';
import type { Penalty } from '@/lib/content/penalty';

/**
 * `<CriminalPenalty id="uu-7-2017-pasal-494" />`: one criminal provision of an election law, rendered from
 * content/penalties.json: what it punishes and whom, the penalty today (adjusted by UU 1/2026; figures only
 * where confirmed), and the old figures as history. Old figures appear only inside `data-penalty-history`,
 * which a test checks on every built page.
 */
export function CriminalPenalty({ id }: { id: string }) {
  const penalty = getPenalty(id);
  const locale = useLocale();
  const t = useTranslations('Penalty');
  const format = useFormatter();
  const day = (date: string) => format.dateTime(new Date(`${date}T00:00:00Z`), { dateStyle: 'long', timeZone: 'UTC' });
  const short = (instrumentId: string) => {
    const instrument = getInstruments().find((candidate) => candidate.id === instrumentId);
    if (!instrument) throw new Error(`Unknown instrument "${instrumentId}" in content/penalties.json`);
    return localize(instrument.short, locale);
  };
  const { current } = penalty;
  return (
    <div className="penalty rounded-lg border border-line p-4" data-penalty={penalty.id} id={`pidana-${penalty.id}`}>
      <p className="font-bold">
        <a className="link" href={getSourceHref(locale, penalty.instrument)}>
          {short(penalty.instrument)}
        </a>{' '}
        {localize(penalty.article, locale)}
        {penalty.enforces && <span className="font-normal"> {t('enforces', { article: localize(penalty.enforces, locale) })}</span>}
      </p>
      <p className="mt-1">{localize(penalty.offence, locale)}</p>
      <p className="mt-1 text-sm">
        <span className="font-semibold">{t('appliesTo')}:</span> {localize(penalty.appliesTo, locale)}
      </p>
      <p className="mt-2">
        <span className="font-semibold">{t('now')}:</span> {t('adjusted', { instrument: short(current.adjustedBy), date: day(current.since) })}{' '}
        {current.figures ? t('figures', { figures: localize(current.figures, locale) }) : t('figuresUnconfirmed')}
      </p>
      <PenaltyHistory penalty={penalty} label={t('history')} render={(past) => t('until', { date: day(past.until), penalty: localize(past.penalty, locale) })} />
    </div>
  );
}

/** The old penalties, marked `data-penalty-history`: the only place a page may show them. */
function PenaltyHistory({ penalty, label, render }: { penalty: Penalty; label: string; render: (past: Penalty['history'][number]) => string }) {
  return (
    <div className="mt-2 text-sm text-muted" data-penalty-history>
      <span className="font-semibold">{label}</span>{' '}
      {penalty.history.map((past) => (
        <span key={past.until}>{render(past)} </span>
      ))}
    </div>
  );
}

/** `<CriminalPenalties />`: every criminal provision of content/penalties.json, in file order. */
export function CriminalPenalties({ ids }: { ids?: string }) {
  const list = ids ? ids.split(/\s+/).filter(Boolean) : getPenalties().map((penalty) => penalty.id);
  return (
    <div className="space-y-4">
      {list.map((id) => (
        <CriminalPenalty key={id} id={id} />
      ))}
    </div>
  );
}

import { useFormatter, useTranslations } from 'next-intl';
import { changesFeedPath, previousDay } from '@/lib/changes/paths';
import { statesItsEnd, type TimelineEntry } from '@/lib/changes/timeline';
import { getInstruments, getSourceHref, getSources } from '@/lib/content/catalog';
import { listGuides } from '@/lib/content/guides';
import { localize } from '@/lib/content/localize';
import { checkerContent } from '@/lib/rules/index';
import { localePath, sectionPaths } from '@/lib/site/routes';

interface Props {
  locale: string;
  entries: TimelineEntry[];
}

/** Every dated change, newest first: what changed, what held until the day before, and what it rests on. */
export function ChangeTimeline({ locale, entries }: Props) {
  const t = useTranslations('ChangesPage');
  const format = useFormatter();
  const day = (date: string) => format.dateTime(new Date(`${date}T00:00:00Z`), { dateStyle: 'long', timeZone: 'UTC' });
  const instruments = new Map(getInstruments().map((instrument) => [instrument.id, localize(instrument.short, locale)]));
  const sources = new Map(getSources().map((source) => [source.id, localize(source.outlet, locale).split(' (')[0] ?? source.id]));
  const guides = new Map(listGuides(locale).map((guide) => [guide.slug, guide.title]));
  const rules = new Map(checkerContent().ruleSet.rules.map((rule) => [rule.id, localize(rule.title, locale)]));

  return (
    <>
      <p className="mt-4 max-w-prose">
        {t('feedText')}{' '}
        <a className="link" href={changesFeedPath(locale)} type="application/atom+xml">
          {t('feedLink')}
        </a>
      </p>
      <ol className="mt-8 grid gap-6" aria-label={t('listLabel', { count: entries.length })}>
        {entries.map((entry) => (
          <li key={entry.id}>
            <article id={entry.id} aria-labelledby={`${entry.id}-title`} className="long-page-entry scroll-mt-4 rounded-xl border border-line p-4 sm:p-5">
              <p className="text-sm text-muted">
                <time dateTime={entry.date}>{day(entry.date)}</time>
                {' · '}
                {entry.kind === 'law' ? t('kindLaw') : t('kindRule')}
                {entry.certainty && entry.certainty !== 'verified' && (
                  <>
                    {' · '}
                    {t(`certainty.${entry.certainty}`)}
                  </>
                )}
              </p>
              <h2 id={`${entry.id}-title`} className="mt-1 text-xl font-bold">
                {localize(entry.title, locale)}
              </h2>
              {entry.dateNote && <p className="mt-1 text-sm text-muted">{localize(entry.dateNote, locale)}</p>}
              <p className="mt-2">{localize(entry.summary, locale)}</p>
              {/* What held before is history, old penalty figures included (see e2e/penalties.spec.ts). */}
              <p className="mt-3" data-penalty-history="">
                {!statesItsEnd(localize(entry.before, locale)) && <strong>{t('before', { date: day(previousDay(entry.date)) })} </strong>}
                {localize(entry.before, locale)}
              </p>
              {entry.after && (
                <p className="mt-2">
                  <strong>{t('after', { date: day(entry.date) })}</strong> {localize(entry.after, locale)}
                </p>
              )}
              <LinkList label={t('instruments')} items={entry.instruments.map((id) => ({ href: getSourceHref(locale, id), text: instruments.get(id) ?? id }))} />
              <LinkList label={t('guides')} items={entry.guides.map((slug) => ({ href: localePath(locale, `${sectionPaths.guides}/${slug}`), text: guides.get(slug) ?? slug }))} />
              <LinkList label={t('rules')} items={entry.rules.map((id) => ({ href: localePath(locale, sectionPaths.checker), text: rules.get(id) ?? id }))} />
              <LinkList label={t('sources')} items={entry.sources.map((id) => ({ href: getSourceHref(locale, id), text: sources.get(id) ?? instruments.get(id) ?? id }))} muted />
            </article>
          </li>
        ))}
      </ol>
    </>
  );
}

function LinkList({ label, items, muted = false }: { label: string; items: { href: string; text: string }[]; muted?: boolean }) {
  if (!items.length) return null;
  return (
    <p className={`mt-2 text-sm ${muted ? 'text-muted' : ''}`}>
      {label}{' '}
      {items.map((item, index) => (
        <span key={`${item.href}-${item.text}`}>
          {index > 0 && '; '}
          <a className="link" href={item.href}>
            {item.text}
          </a>
        </span>
      ))}
    </p>
  );
}

import { useFormatter, useTranslations } from 'next-intl';
import { getChangeTimeline } from '@/lib/changes/load';
import { changesPagePath } from '@/lib/changes/paths';
import { localize } from '@/lib/content/localize';

/** The newest change of the law (not a correction of a checker rule), with a link to every change (on the home page). */
export function LatestChange({ locale }: { locale: string }) {
  const t = useTranslations('ChangesHome');
  const format = useFormatter();
  const timeline = getChangeTimeline();
  const latest = timeline.find((entry) => entry.kind === 'law') ?? timeline[0];
  if (!latest) return null;
  return (
    <section aria-labelledby="latest-change-title" className="mt-10 rounded-xl border border-line p-4 sm:p-5">
      <h2 id="latest-change-title" className="text-xl font-bold">
        {t('title')}
      </h2>
      <p className="mt-2">
        <time dateTime={latest.date}>{format.dateTime(new Date(`${latest.date}T00:00:00Z`), { dateStyle: 'long', timeZone: 'UTC' })}</time>:{' '}
        <a className="link" href={`${changesPagePath(locale)}#${latest.id}`}>
          {localize(latest.title, locale)}
        </a>
      </p>
      <p className="mt-2">
        <a className="link" href={changesPagePath(locale)}>
          {t('all')}
        </a>
      </p>
    </section>
  );
}

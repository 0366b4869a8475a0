import { useFormatter, useTranslations } from 'next-intl';
import type { GuideSummary } from '@/lib/content/guides';
import { GuideCards } from './GuideCards';
import { KeyPointsSummary } from './KeyPointsSummary';

/** The guide index: when the content was last checked, the do / don't summary, then the topics as cards. */
export function GuideIndex({ locale, guides }: { locale: string; guides: GuideSummary[] }) {
  const t = useTranslations('GuidesPage');
  const format = useFormatter();
  const latest = guides.map((guide) => guide.lastChecked).sort().at(-1);
  return (
    <>
      {latest && (
        <p className="mt-2 text-sm text-muted">
          {t('lastChecked', { date: format.dateTime(new Date(`${latest}T00:00:00Z`), { dateStyle: 'long', timeZone: 'UTC' }) })}
        </p>
      )}
      <section aria-labelledby="key-points" className="mt-8">
        <h2 id="key-points" className="mb-4 text-2xl font-bold">
          {t('keyPointsTitle')}
        </h2>
        <KeyPointsSummary headingLevel={3} />
      </section>
      <section aria-labelledby="topics" className="mt-10">
        <h2 id="topics" className="text-2xl font-bold">
          {t('topicsTitle')}
        </h2>
        <GuideCards locale={locale} guides={guides} />
      </section>
    </>
  );
}

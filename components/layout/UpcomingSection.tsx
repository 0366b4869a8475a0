import { useTranslations } from 'next-intl';
import { localePath, sectionPaths } from '@/lib/site/routes';

/** Says plainly that a section is not ready yet, and where to go meanwhile. */
export function UpcomingSection({ locale }: { locale: string }) {
  const t = useTranslations('Upcoming');
  return (
    <section className="mt-6 rounded-xl border border-line bg-surface p-5" aria-labelledby="upcoming-title">
      <h2 id="upcoming-title" className="text-lg font-bold">
        {t('title')}
      </h2>
      <p className="mt-2">{t('text')}</p>
      <p className="mt-3">
        <a className="link" href={localePath(locale, sectionPaths.guides)}>
          {t('link')}
        </a>
      </p>
    </section>
  );
}

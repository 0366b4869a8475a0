import { useTranslations } from 'next-intl';
import { KeyPointsSummary } from '@/components/guides/KeyPointsSummary';
import { localePath, sectionPaths } from '@/lib/site/routes';

/** The do / don't summary on the home page: the answer most visitors came for, before any click. */
export function HomeKeyPoints({ locale }: { locale: string }) {
  const t = useTranslations('HomeKeyPoints');
  return (
    <section aria-labelledby="home-key-points" className="mt-10">
      <h2 id="home-key-points" className="mb-4 text-xl font-bold">
        {t('title')}
      </h2>
      <KeyPointsSummary headingLevel={3} />
      <p className="mt-4">
        <a className="link" href={localePath(locale, sectionPaths.guides)}>
          {t('allGuides')}
        </a>
      </p>
    </section>
  );
}

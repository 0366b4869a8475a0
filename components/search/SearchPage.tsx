import { useTranslations } from 'next-intl';
import { localePath, sectionPaths } from '@/lib/site/routes';
import { SearchBox } from './SearchBox';

/** The search results page body: the interactive box, and a way on for browsers without JavaScript. */
export function SearchPage({ locale }: { locale: string }) {
  const t = useTranslations('SearchPage');
  return (
    <>
      <SearchBox
        labels={{
          label: t('label'),
          submit: t('submit'),
          idle: t('idle'),
          loading: t('loading'),
          // Filled in by the island once it knows the query and the count.
          noResults: t.raw('noResults'),
          results: t.raw('results'),
          failed: t('failed'),
        }}
      />
      <noscript>
        <p className="mt-4">
          {t('noScript')}{' '}
          <a className="link" href={localePath(locale, sectionPaths.guides)}>
            {t('browseGuides')}
          </a>
        </p>
      </noscript>
    </>
  );
}

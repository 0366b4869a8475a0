import { useTranslations } from 'next-intl';
import { localePath } from '@/lib/site/routes';
import { searchPath } from './search-path';

/**
 * The header's search box: a plain GET form to the results page, so it works without JavaScript and adds
 * no script to the pages that show it. The results page loads the search index only when it is opened.
 */
export function SiteSearchForm({ locale }: { locale: string }) {
  const t = useTranslations('SiteSearchForm');
  return (
    <search aria-label={t('label')} className="flex min-w-0 flex-1 basis-56 sm:max-w-xs">
      <form action={localePath(locale, searchPath)} method="get" className="flex min-w-0 flex-1 gap-2">
      <label htmlFor="site-search" className="sr-only">
        {t('label')}
      </label>
      <input
        id="site-search"
        type="search"
        name="q"
        required
        placeholder={t('placeholder')}
        className="min-h-11 min-w-0 flex-1 rounded-md border border-line bg-canvas px-3 text-ink placeholder:text-muted"
      />
      <button type="submit" className="btn">
        {t('submit')}
      </button>
      </form>
    </search>
  );
}

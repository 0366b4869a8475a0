import { useTranslations } from 'next-intl';
import { localePath } from '@/lib/site/routes';
import { searchPath } from './search-path';

/**
 * The header's search: a plain GET form to the results page, so it works without JavaScript and adds no script
 * to the pages that show it. On a phone there is no room for a box beside the brand, so the same landmark holds a
 * search icon that opens the results page, whose own box takes the query.
 */
export function SiteSearchForm({ locale }: { locale: string }) {
  const t = useTranslations('SiteSearchForm');
  const action = localePath(locale, searchPath);
  return (
    <search aria-label={t('label')} className="flex shrink-0 sm:min-w-0 sm:flex-1 sm:basis-56 sm:max-w-xs">
      <a
        href={action}
        className="inline-flex min-h-11 min-w-11 items-center justify-center rounded-md border border-line bg-canvas text-brand hover:border-brand sm:hidden"
      >
        <svg aria-hidden="true" width="22" height="22" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2.4" strokeLinecap="round">
          <circle cx="10.5" cy="10.5" r="6.5" />
          <path d="M15.5 15.5L21 21" />
        </svg>
        <span className="sr-only">{t('label')}</span>
      </a>
      <form action={action} method="get" className="hidden min-w-0 flex-1 gap-2 sm:flex">
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

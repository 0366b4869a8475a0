import { useTranslations } from 'next-intl';
import { localePath, sectionPaths, sections } from '@/lib/site/routes';
import { SiteSearchForm } from '@/components/search/SiteSearchForm';
import { LocaleSwitcher } from './LocaleSwitcher';
import { NavLinks } from './NavLinks';

/**
 * On a phone the header is two short rows (brand, search, language; then the sections in one row that scrolls
 * sideways) so the page's own content starts in the first screen. From `sm` up it is the full search form and
 * language label. The landmarks (banner, search, navigation) and the keyboard order are the same at every width.
 */
export function SiteHeader({ locale }: { locale: string }) {
  const t = useTranslations('SiteHeader');
  const nav = useTranslations('Nav');
  const links = sections.map((section) => ({ href: localePath(locale, sectionPaths[section]), label: nav(section) }));

  return (
    <header className="border-b border-line bg-surface">
      <div className="mx-auto flex max-w-5xl items-center justify-between gap-x-3 px-4 py-2 sm:flex-wrap sm:gap-x-4 sm:gap-y-2 sm:py-3">
        <a
          href={localePath(locale)}
          className="mr-auto flex min-h-11 shrink-0 items-center gap-2 text-lg font-bold text-brand no-underline sm:text-xl"
        >
          <svg aria-hidden="true" width="28" height="28" viewBox="0 0 32 32" className="shrink-0">
            <rect width="32" height="32" rx="7" fill="currentColor" />
            <path d="M9 16.5l4.5 4.5L23 11" fill="none" stroke="var(--color-surface)" strokeWidth="3.2" strokeLinecap="round" strokeLinejoin="round" />
          </svg>
          <span>
            ASN Netral<span className="sr-only">: {t('home')}</span>
          </span>
        </a>
        <SiteSearchForm locale={locale} />
        <LocaleSwitcher locale={locale} />
      </div>
      <nav aria-label={t('navLabel')} className="mx-auto max-w-5xl px-2 pb-1 sm:pb-2">
        <NavLinks links={links} />
      </nav>
    </header>
  );
}

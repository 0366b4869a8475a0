import { useFormatter, useTranslations } from 'next-intl';
import { getContentLastChecked } from '@/lib/changes/load';
import { changesPagePath } from '@/lib/changes/paths';
import { localePath, sectionPaths } from '@/lib/site/routes';
import { ReportMistakeLink } from './ReportMistakeLink';

export function SiteFooter({ locale }: { locale: string }) {
  const t = useTranslations('SiteFooter');
  const currency = useTranslations('ContentCurrency');
  const site = useTranslations('Site');
  const format = useFormatter();
  const date = format.dateTime(new Date(`${getContentLastChecked()}T00:00:00Z`), { dateStyle: 'long', timeZone: 'UTC' });

  return (
    <footer className="mt-12 border-t border-line bg-surface text-sm">
      <div className="mx-auto grid max-w-5xl gap-4 px-4 py-8">
        <section aria-labelledby="disclaimer-title">
          <h2 id="disclaimer-title" className="font-bold">
            {t('disclaimerTitle')}
          </h2>
          <p className="mt-1 max-w-prose text-muted">{t('disclaimer')}</p>
        </section>
        <p className="max-w-prose text-muted">{currency('howKeptCurrent')}</p>
        <p className="text-muted">{t('privacy')}</p>
        <nav aria-label={t('navLabel')} className="flex flex-wrap items-center gap-x-6 gap-y-2">
          <a className="link" href={localePath(locale, sectionPaths.sources)}>
            {t('sources')}
          </a>
          <a className="link" href={changesPagePath(locale)}>
            {currency('changes')}
          </a>
          <ReportMistakeLink locale={locale} pageTitle={site('name')} />
          <span className="text-muted">{t('lastChecked', { date })}</span>
        </nav>
      </div>
    </footer>
  );
}

import { useFormatter, useTranslations } from 'next-intl';
import { contentLastChecked } from '@/lib/site/config';
import { localePath, privacyPath, sectionPaths } from '@/lib/site/routes';

export function SiteFooter({ locale }: { locale: string }) {
  const t = useTranslations('SiteFooter');
  const format = useFormatter();
  const date = format.dateTime(new Date(`${contentLastChecked}T00:00:00Z`), { dateStyle: 'long', timeZone: 'UTC' });

  return (
    <footer className="mt-12 border-t border-line bg-surface text-sm">
      <div className="mx-auto grid max-w-5xl gap-4 px-4 py-8">
        <section aria-labelledby="disclaimer-title">
          <h2 id="disclaimer-title" className="font-bold">
            {t('disclaimerTitle')}
          </h2>
          <p className="mt-1 max-w-prose text-muted">{t('disclaimer')}</p>
        </section>
        <p className="text-muted">{t('privacy')}</p>
        <nav aria-label={t('navLabel')} className="flex flex-wrap items-center gap-x-6 gap-y-2">
          <a className="link" href={localePath(locale, sectionPaths.sources)}>
            {t('sources')}
          </a>
          <a className="link" href={localePath(locale, privacyPath)}>
            {t('privacyLink')}
          </a>
          <span className="text-muted">{t('lastChecked', { date })}</span>
        </nav>
      </div>
    </footer>
  );
}

import { useLocale, useTranslations } from 'next-intl';
import { getSources } from '@/lib/content/catalog';
import { localize } from '@/lib/content/localize';
import { localePath, sectionPaths } from '@/lib/site/routes';
import { SourceDate } from './SourceDate';

/**
 * The secondary sources page body: news reports, official pages and document copies the portal cites, with their
 * addresses as indexed. Each entry's id is its anchor (`/id/sumber/sekunder/#<id>`, built by `sourceHref`).
 */
export function SecondarySources() {
  const locale = useLocale();
  const t = useTranslations('SecondarySources');
  const page = useTranslations('SecondarySourcesPage');
  const sources = getSources().filter((source) => source.kind !== 'seed');
  return (
    <>
      <p className="mt-2 max-w-prose">{page('intro')}</p>
      <p className="mt-2 max-w-prose">
        {page.rich('mainPage', { link: (text) => <a className="link" href={localePath(locale, sectionPaths.sources)}>{text}</a> })}
      </p>
      <ul className="mt-6 space-y-3">
        {sources.map((source) => (
          <li key={source.id} id={source.id} className="long-page-entry scroll-mt-4 border-b border-line pb-3 [contain-intrinsic-block-size:auto_10rem]">
            <p>
              <span className="font-semibold">{localize(source.outlet, locale)}</span>
              {source.date && (
                <>
                  {', '}
                  <SourceDate date={source.date} />
                </>
              )}
              {source.title && (
                <>
                  {': '}
                  <span lang="id">{source.title}</span>
                </>
              )}
            </p>
            {source.dateNote && <p className="text-sm text-muted">{localize(source.dateNote, locale)}</p>}
            <p>{localize(source.summary, locale)}</p>
            {source.note && <p className="text-sm text-muted [overflow-wrap:anywhere]">{localize(source.note, locale)}</p>}
            {source.address && (
              <p className="break-all text-sm text-muted">
                {t('address')}: {source.address}
                {source.legalKeys.length > 0 && ` · ${t('key')}: ${source.legalKeys.join(', ')}`}
              </p>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}

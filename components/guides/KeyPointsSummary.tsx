import { useLocale, useTranslations } from 'next-intl';
import { getKeyPoints } from '@/lib/content/catalog';
import { localize } from '@/lib/content/localize';
import { localePath, sectionPaths } from '@/lib/site/routes';

/** The "Boleh / Tidak boleh" (do / don't) summary from content/key-points.json, each point linking to its guide. */
export function KeyPointsSummary({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const locale = useLocale();
  const t = useTranslations('KeyPointsSummary');
  const points = getKeyPoints();
  const Heading = `h${headingLevel}` as const;
  const columns = [
    { kind: 'do', title: t('do'), mark: '✓', tone: 'border-allowed', text: 'text-allowed' },
    { kind: 'dont', title: t('dont'), mark: '✕', tone: 'border-violation', text: 'text-violation' },
  ] as const;
  return (
    <div className="key-points grid gap-4 sm:grid-cols-2">
      {columns.map((column) => (
        <div key={column.kind} className={`rounded-xl border-t-4 bg-surface p-4 ${column.tone}`}>
          <Heading className={`mt-0! text-lg font-bold ${column.text}`}>{column.title}</Heading>
          <ul className="mt-2 space-y-2">
            {points
              .filter((point) => point.kind === column.kind)
              .map((point) => (
                <li key={point.id} className="flex gap-2">
                  <span aria-hidden="true" className={`font-bold ${column.text}`}>
                    {column.mark}
                  </span>
                  <span>
                    {localize(point.text, locale)}{' '}
                    <a className="link text-sm" data-pagefind-ignore href={localePath(locale, `${sectionPaths.guides}/${point.guide}`)}>
                      {t('more')}
                      <span className="sr-only">: {localize(point.text, locale)}</span>
                    </a>
                  </span>
                </li>
              ))}
          </ul>
        </div>
      ))}
    </div>
  );
}

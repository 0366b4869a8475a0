import { useFormatter, useLocale, useTranslations } from 'next-intl';
import { getCitable } from '@/lib/content/catalog';
import { localize } from '@/lib/content/localized';
import { localePath, sectionPaths } from '@/lib/site/routes';

/**
 * `<Cite ids="skb-2022 news-kompas-2023-11-06" />`: the sources of the paragraph it closes, each linking to
 * its entry on the sources page. An unknown id fails the build.
 */
export function Cite({ ids }: { ids: string }) {
  const locale = useLocale();
  const t = useTranslations('Cite');
  const format = useFormatter();
  const links = ids
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => {
      const entry = getCitable(id);
      if (entry.kind === 'instrument') return { id, label: localize(entry.instrument.short, locale) };
      const { source } = entry;
      const outlet = localize(source.outlet, locale).split(' (')[0] ?? '';
      const date = source.date
        ? format.dateTime(new Date(`${source.date}T00:00:00Z`), { dateStyle: 'medium', timeZone: 'UTC' })
        : undefined;
      return { id, label: date ? `${outlet}, ${date}` : outlet };
    });
  const sources = localePath(locale, sectionPaths.sources);
  return (
    <span className="cite text-sm text-muted">
      {' '}
      [<span className="sr-only">{t('label')} </span>
      {links.map((link, index) => (
        <span key={link.id}>
          {index > 0 && '; '}
          <a className="link" href={`${sources}#${link.id}`}>
            {link.label}
          </a>
        </span>
      ))}
      ]
    </span>
  );
}

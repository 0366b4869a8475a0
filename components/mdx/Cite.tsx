import { useFormatter, useLocale, useTranslations } from 'next-intl';
import { getCitable, getSourceHref } from '@/lib/content/catalog';
import { localize } from '@/lib/content/localize';

/** The link of each cited source or instrument: a short label ("Kompas, 6 Nov 2023") and its entry (`sourceHref`). */
export function useCitationLinks(ids: string): { id: string; label: string; href: string }[] {
  const locale = useLocale();
  const format = useFormatter();
  return ids
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => {
      const entry = getCitable(id);
      if (entry.kind === 'instrument') return { id, label: localize(entry.instrument.short, locale), href: getSourceHref(locale, id) };
      const { source } = entry;
      const outlet = localize(source.outlet, locale).split(' (')[0] ?? '';
      const date = source.date
        ? format.dateTime(new Date(`${source.date}T00:00:00Z`), { dateStyle: 'medium', timeZone: 'UTC' })
        : undefined;
      return { id, label: date ? `${outlet}, ${date}` : outlet, href: getSourceHref(locale, id) };
    });
}

/**
 * `<Cite ids="skb-2022 news-kompas-2023-11-06" />`: the sources of the paragraph it closes, each linking to
 * its entry on the sources page. An unknown id fails the build. In guides, lib/content/remark-section-sources
 * moves citations to one `<SectionSources>` line at the end of their section; `inline` keeps one in place
 * (for the two sides of a conflict, where who says what matters).
 */
export function Cite({ ids }: { ids: string; inline?: boolean }) {
  const t = useTranslations('Cite');
  const links = useCitationLinks(ids);
  return (
    <span className="cite text-sm text-muted">
      {' '}
      [<span className="sr-only">{t('label')} </span>
      {links.map((link, index) => (
        <span key={link.id}>
          {index > 0 && '; '}
          <a className="link" href={link.href}>
            {link.label}
          </a>
        </span>
      ))}
      ]
    </span>
  );
}

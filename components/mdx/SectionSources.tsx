import { useTranslations } from 'next-intl';
import { useCitationLinks } from './Cite';

/**
 * `<SectionSources ids="…" />`: the sources of one guide section, gathered by lib/content/remark-section-sources
 * from the section's citations. One closed line ("Sources for this section (4)") that opens, without
 * JavaScript, to the list of links to the sources page.
 */
export function SectionSources({ ids }: { ids: string }) {
  const t = useTranslations('GuideReading');
  const links = useCitationLinks(ids);
  if (!links.length) return null;
  return (
    <details className="section-sources cite mt-3 text-sm text-muted" data-pagefind-ignore>
      <summary className="cursor-pointer py-1">{t('sectionSources', { count: links.length })}</summary>
      <ul className="mt-1 space-y-1 pl-4">
        {links.map((link) => (
          <li key={link.id}>
            <a className="link" href={link.href}>
              {link.label}
            </a>
          </li>
        ))}
      </ul>
    </details>
  );
}

import { useLocale, useTranslations } from 'next-intl';
import type { Source } from '@/lib/content/catalog';
import { getGuideHeadings, listGuides } from '@/lib/content/guides';
import { localize } from '@/lib/content/localize';
import { ClaimRemarks } from './ClaimRemarks';
import { localePath, sectionPaths } from '@/lib/site/routes';
import { SourceDate } from './SourceDate';

/**
 * One of the articles the portal was built from: who published it, when and where, who it quotes, and each
 * of its claims with the guide section that covers it (and a correction where the article is wrong or dated).
 */
export function SeedArticle({ source }: { source: Source }) {
  const locale = useLocale();
  const t = useTranslations('SeedArticle');
  const guides = listGuides(locale);
  const sectionLabel = (guide: string, anchor: string) => {
    const title = guides.find((candidate) => candidate.slug === guide)?.title ?? guide;
    const heading = getGuideHeadings(locale, guide).find((candidate) => candidate.id === anchor)?.text ?? anchor;
    return `${title}: ${heading}`;
  };
  return (
    <article id={source.id} className="long-page-entry scroll-mt-4 rounded-xl border border-line p-4 sm:p-5">
      <h3 className="text-xl font-bold">
        {source.title ? <span lang="id">{source.title}</span> : t('untitled')}
      </h3>
      <dl className="source-facts mt-3 grid gap-x-4 gap-y-1 sm:grid-cols-[10rem_1fr]">
        <dt className="font-semibold">{t('outlet')}</dt>
        <dd>{localize(source.outlet, locale)}</dd>
        {source.author && (
          <>
            <dt className="font-semibold">{t('author')}</dt>
            <dd>{source.author}</dd>
          </>
        )}
        {source.date && (
          <>
            <dt className="font-semibold">{t('date')}</dt>
            <dd>
              <SourceDate date={source.date} />
              {source.dateNote && <span className="block text-sm text-muted">{localize(source.dateNote, locale)}</span>}
            </dd>
          </>
        )}
        {source.place && (
          <>
            <dt className="font-semibold">{t('place')}</dt>
            <dd>{localize(source.place, locale)}</dd>
          </>
        )}
        <dt className="font-semibold">{t('people')}</dt>
        <dd>
          <ul>
            {source.people.map((person) => (
              <li key={person.name}>
                {person.name}, {localize(person.role, locale)}
              </li>
            ))}
          </ul>
        </dd>
        <dt className="font-semibold">{t('takes')}</dt>
        <dd>{localize(source.summary, locale)}</dd>
        {source.note && (
          <>
            <dt className="font-semibold">{t('note')}</dt>
            <dd>{localize(source.note, locale)}</dd>
          </>
        )}
      </dl>
      <details className="mt-4">
        <summary className="min-h-11 cursor-pointer py-2 font-bold">{t('claims', { count: source.claims.length })}</summary>
        <ol className="mt-2 list-decimal space-y-3 pl-6">
        {source.claims.map((claim) => (
          <li key={claim.text.id}>
            <p>
              {localize(claim.text, locale)}
              {claim.speaker && <span className="text-muted"> ({claim.speaker})</span>}
            </p>
            <p className="text-sm">
              {t('coveredIn')}{' '}
              <a className="link" href={`${localePath(locale, `${sectionPaths.guides}/${claim.coveredIn.guide}`)}#${claim.coveredIn.anchor}`}>
                {sectionLabel(claim.coveredIn.guide, claim.coveredIn.anchor)}
              </a>
            </p>
            <ClaimRemarks claim={claim} locale={locale} labels={{ note: t('note'), correction: t('correction') }} background="surface" />
          </li>
        ))}
        </ol>
      </details>
    </article>
  );
}

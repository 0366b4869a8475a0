import { useFormatter, useLocale, useTranslations } from 'next-intl';
import { getSourceHref, getSources } from '@/lib/content/catalog';
import { localize } from '@/lib/content/localize';
import { ClaimRemarks } from '@/components/sources/ClaimRemarks';

/**
 * `<ArticleClaims guide="media-sosial" at="hati-hati" />`: what the source articles say on this section's
 * topic, each claim credited to its article (who said it, outlet, place, date) and corrected where it is
 * wrong or out of date. Rendered from the claims listed in content/sources.json.
 */
export function ArticleClaims({ guide, at }: { guide: string; at: string }) {
  const locale = useLocale();
  const t = useTranslations('ArticleClaims');
  const format = useFormatter();
  const entries = getSources().flatMap((source) =>
    source.claims
      .filter((claim) => claim.coveredIn.guide === guide && claim.coveredIn.anchor === at)
      .map((claim) => ({ source, claim })),
  );
  if (!entries.length) throw new Error(`<ArticleClaims guide="${guide}" at="${at}" /> has no claims to show`);
  return (
    <div className="article-claims rounded-lg border border-line bg-surface px-4 py-3">
      <p className="font-bold">{t('title')}</p>
      <ul className="mt-2 space-y-3">
        {entries.map(({ source, claim }) => {
          const person = source.people.find((candidate) => candidate.name === claim.speaker);
          const date = source.date && format.dateTime(new Date(`${source.date}T00:00:00Z`), { dateStyle: 'long', timeZone: 'UTC' });
          const place = source.place && localize(source.place, locale).split(':')[0];
          const outlet = localize(source.outlet, locale).split(' (')[0];
          return (
            <li key={`${source.id}-${claim.text.id}`}>
              <p>{localize(claim.text, locale)}</p>
              <p className="text-sm text-muted">
                —{' '}
                {person && (
                  <>
                    {person.name}, {localize(person.role, locale)};{' '}
                  </>
                )}
                <a className="link" href={getSourceHref(locale, source.id)}>
                  {[outlet, place, date].filter(Boolean).join(', ')}
                </a>
              </p>
              <ClaimRemarks claim={claim} locale={locale} labels={{ note: t('note'), correction: t('correction') }} background="canvas" />
            </li>
          );
        })}
      </ul>
    </div>
  );
}

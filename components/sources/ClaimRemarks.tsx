import type { Claim } from '@/lib/content/catalog';
import { localize } from '@/lib/content/localize';

interface Props {
  claim: Claim;
  locale: string;
  labels: { note: string; correction: string };
  /** The correction stands out against the box it sits in. */
  background: 'canvas' | 'surface';
}

/** A source article's claim: its note, and its correction where the article is wrong or out of date. */
export function ClaimRemarks({ claim, locale, labels, background }: Props) {
  const box = background === 'canvas' ? 'bg-canvas px-2 py-1' : 'bg-surface px-3 py-2';
  return (
    <>
      {claim.note && (
        <p className="mt-1 text-sm">
          <span className="font-semibold">{labels.note}:</span> {localize(claim.note, locale)}
        </p>
      )}
      {claim.correction && (
        <p className={`mt-1 rounded border-l-4 border-brand text-sm ${box}`}>
          <span className="font-semibold">{labels.correction}:</span> {localize(claim.correction, locale)}
        </p>
      )}
    </>
  );
}

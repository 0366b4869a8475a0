import { memo } from 'react';
import { type FactPair, type GalleryCard, type Outcome, serializeFragment, withActor } from '@/lib/rules/browser';
import { VerdictIcon, verdictTone } from './VerdictIcon';

interface Props {
  cards: GalleryCard[];
  /** The status the person chose: cases written for a PNS are opened, and answered, for this status. */
  actor?: string;
  path: string;
  labels: { title: string; intro: string; needsAnswers: string; verdicts: Record<Exclude<Outcome, 'incomplete'>, string> };
  onPick: (facts: FactPair[]) => void;
}

/**
 * The concrete cases of the source articles as cards. Each is a real link to the checker with the case in the
 * fragment, so it works without JavaScript and can be shared; with JavaScript it opens in place. The short
 * answer on each card was worked out at build time, for every status. Memoised: it is long, and changes only
 * with the status, not with each answer.
 */
export const CaseGallery = memo(function CaseGallery({ cards, actor, path, labels, onPick }: Props) {
  const words: Record<Outcome, string> = { ...labels.verdicts, incomplete: labels.needsAnswers };
  return (
    <section aria-labelledby="gallery-title" className="mt-12 [contain-intrinsic-block-size:auto_100rem] [content-visibility:auto] print:hidden">
      <h2 id="gallery-title" className="text-2xl font-bold">
        {labels.title}
      </h2>
      <p className="mt-2 max-w-prose text-muted">{labels.intro}</p>
      <ul className="mt-4 grid gap-3 sm:grid-cols-2">
        {cards.map((card) => {
          const facts = withActor(card.facts, actor && card.verdicts[actor] ? actor : undefined);
          const status = facts.find((pair) => pair.fact === 'actor')?.value ?? '';
          const verdict = card.verdicts[status] ?? Object.values(card.verdicts)[0] ?? 'incomplete';
          return (
            <li key={card.id}>
              <a
                href={`${path}${serializeFragment(facts)}`}
                onClick={(event) => {
                  if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey || event.button !== 0) return;
                  event.preventDefault();
                  onPick(facts);
                }}
                className="flex h-full flex-col gap-2 rounded-xl border border-line bg-surface p-4 no-underline hover:border-brand"
              >
                <span className="font-bold text-brand underline underline-offset-4">{card.title}</span>
                <span className="text-ink">{card.summary}</span>
                <span className={`mt-auto inline-flex w-fit items-center gap-2 rounded-full border px-3 py-1 text-sm font-semibold ${verdictTone[verdict]}`}>
                  <VerdictIcon verdict={verdict} className="size-4" />
                  {words[verdict]}
                </span>
              </a>
            </li>
          );
        })}
      </ul>
    </section>
  );
});

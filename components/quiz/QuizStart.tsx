import type { RoundKind } from '@/lib/quiz/draw';
import { formatMessage } from '@/lib/i18n/format-message';
import type { QuizLabels } from './Quiz';

interface Props {
  locale: string;
  labels: QuizLabels;
  /** A round left half-way, if any. */
  unfinished: { current: number; total: number } | null;
  hasResult: boolean;
  onStart: (round: RoundKind) => void;
  onContinue: () => void;
}

/** The first screen: continue where one left off, or choose a short or a full round. */
export function QuizStart({ locale, labels, unfinished, hasResult, onStart, onContinue }: Props) {
  const rounds = [
    { round: 'short', title: labels.shortRound, text: labels.shortRoundText, action: labels.startShort },
    { round: 'full', title: labels.fullRound, text: labels.fullRoundText, action: labels.startFull },
  ] as const;
  return (
    <section aria-labelledby="quiz-start-title">
      <h2 id="quiz-start-title" tabIndex={-1} className="text-2xl font-bold focus:outline-none">
        {labels.startTitle}
      </h2>
      <p className="mt-2 max-w-prose">{labels.startIntro}</p>
      {(unfinished || hasResult) && (
        <p className="mt-4">
          <button type="button" className="btn" onClick={onContinue}>
            {unfinished ? formatMessage(labels.continueRound, locale, unfinished) : labels.showLastResult}
          </button>
        </p>
      )}
      <ul className="mt-6 grid gap-4 sm:grid-cols-2">
        {rounds.map(({ round, title, text, action }) => (
          <li key={round} className="flex flex-col rounded-xl border border-line bg-surface p-5">
            <h3 className="text-lg font-bold">{title}</h3>
            <p className="mt-1 flex-1">{text}</p>
            <p className="mt-4">
              <button type="button" className={unfinished || hasResult ? 'btn btn-secondary' : 'btn'} onClick={() => onStart(round)}>
                {action}
              </button>
            </p>
          </li>
        ))}
      </ul>
      <p className="mt-4 text-sm text-muted">{labels.privacy}</p>
    </section>
  );
}

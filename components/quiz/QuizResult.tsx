import type { RoundKind } from '@/lib/quiz/draw';
import type { QuizProgress } from '@/lib/quiz/progress';
import type { RoundScore } from '@/lib/quiz/score';
import { formatMessage, type Message } from '@/lib/i18n/format-message';
import { ApelCompletion } from '@/components/apel/ApelCompletion';
import { Certificate } from './Certificate';
import type { QuizLabels } from './Quiz';
import { ShareResult } from './ShareResult';

interface Props {
  locale: string;
  progress: QuizProgress;
  score: RoundScore;
  /** The latest finished retry of missed questions, if any. */
  retryScore: RoundScore | null;
  labels: QuizLabels;
  topicNames: Record<string, string>;
  roundLink: string;
  onReview: () => void;
  onRetry: (missedIds: string[]) => void;
  onStart: (round: RoundKind) => void;
}

/**
 * The score with its breakdown by topic, and one main action for where the reader stands: retry what was missed,
 * or, once every missed question has been put right, a new round. A passed round adds the certificate and sharing.
 */
export function QuizResult({ locale, progress, score, retryScore, labels, topicNames, roundLink, onReview, onRetry, onStart }: Props) {
  const fill = (message: Message, values: object) => formatMessage(message, locale, values);
  const scoreLine = fill(labels.scoreLine, score);
  const roundName = progress.round === 'short' ? labels.roundShortName : labels.roundFullName;
  // After a retry, offer the questions still missed; the round's own score does not change.
  const stillMissed = retryScore ? retryScore.missed : score.missed;
  const allPutRight = retryScore !== null && stillMissed.length === 0;

  const retryLine = retryScore
    ? allPutRight
      ? fill(labels.retryAllFixed, { total: retryScore.total })
      : fill(labels.retrySomeFixed, { fixed: retryScore.correct, total: retryScore.total, left: stillMissed.length })
    : null;
  // The status says where the reader stands now: passed; every missed answer put right; or not yet.
  const status: { tone: 'allowed' | 'caution'; text: string } = score.passed
    ? { tone: 'allowed', text: labels.passed }
    : allPutRight && retryLine
      ? { tone: 'allowed', text: retryLine }
      : { tone: 'caution', text: retryLine ?? labels.notPassed };

  const mainAction =
    stillMissed.length > 0 ? (
      <button type="button" className={score.passed ? 'btn btn-secondary' : 'btn'} onClick={() => onRetry(stillMissed)}>
        {fill(labels.retryMissed, { count: stillMissed.length })}
      </button>
    ) : allPutRight ? (
      <button type="button" className="btn" onClick={() => onStart(progress.round)}>
        {labels.startNewRound}
      </button>
    ) : null;

  return (
    <div>
      <section aria-labelledby="quiz-result-title" className="quiz-screen-only">
        <h2 id="quiz-result-title" tabIndex={-1} className="text-2xl font-bold focus:outline-none">
          {labels.resultTitle}
        </h2>
        <p className="mt-2 text-3xl font-bold">{scoreLine}</p>
        <p
          className={`mt-3 rounded-lg border-l-4 p-4 font-semibold ${status.tone === 'allowed' ? 'border-allowed bg-allowed-bg text-allowed' : 'border-caution bg-caution-bg text-caution'}`}
        >
          {status.text}
        </p>
        {progress.finishedAt && <ApelCompletion finishedAt={progress.finishedAt} correct={score.correct} total={score.total} />}
        {score.passed && retryLine && <p className="mt-3">{retryLine}</p>}
        <div className="mt-4 flex flex-wrap gap-3">
          {mainAction}
          <button type="button" className="btn btn-secondary" onClick={onReview}>
            {labels.reviewOpen}
          </button>
        </div>
        {retryScore && <p className="mt-4">{fill(labels.retryScoreStays, { score: scoreLine })}</p>}
        <table className="mt-6 w-full max-w-xl border-collapse text-left">
          <caption className="mb-2 text-left text-lg font-bold">{labels.byTopicTitle}</caption>
          <thead>
            <tr className="border-b-2 border-line">
              <th scope="col" className="py-2 pr-4">
                {labels.byTopicTopic}
              </th>
              <th scope="col" className="py-2">
                {labels.byTopicScore}
              </th>
            </tr>
          </thead>
          <tbody>
            {score.byTopic.map((line) => (
              <tr key={line.topic} className="border-b border-line">
                <th scope="row" className="py-2 pr-4 font-normal">
                  {topicNames[line.topic]}
                </th>
                <td className={`py-2 font-semibold ${line.correct === line.total ? 'text-allowed' : 'text-violation'}`}>
                  {fill(labels.topicScore, line)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      {score.passed && progress.finishedAt && (
        <Certificate locale={locale} finishedAt={progress.finishedAt} roundName={roundName} score={score} labels={labels} />
      )}
      {/* Only a pass is offered for sharing: a failing score is the reader's to keep. */}
      {score.passed && <ShareResult locale={locale} score={score} roundName={roundName} roundLink={roundLink} labels={labels} />}
      <section aria-labelledby="quiz-new-round" className="quiz-screen-only mt-10">
        <h3 id="quiz-new-round" className="text-xl font-bold">
          {labels.newRoundTitle}
        </h3>
        <div className="mt-3 flex flex-wrap gap-3">
          <button type="button" className="btn btn-secondary" onClick={() => onStart('short')}>
            {labels.startShort}
          </button>
          <button type="button" className="btn btn-secondary" onClick={() => onStart('full')}>
            {labels.startFull}
          </button>
        </div>
      </section>
    </div>
  );
}

import { type FormEvent, useState } from 'react';
import type { QuizQuestion } from '@/lib/quiz/quiz-question';
import { formatMessage } from '@/lib/i18n/format-message';
import { AnswerExplanation } from './AnswerExplanation';
import type { QuizLabels } from './Quiz';

interface Props {
  question: QuizQuestion;
  /** "Question 3 of 10". */
  heading: string;
  /** Where the round stands: questions answered before this one, and how many there are. */
  position: { index: number; total: number };
  topicName: string;
  locale: string;
  labels: QuizLabels;
  /** The option chosen, once answered; the question then shows its feedback. */
  chosen: string | null;
  isLast: boolean;
  onAnswer: (optionId: string) => void;
  onNext: () => void;
  onLeave: () => void;
}

const kindLabel = (kind: QuizQuestion['kind'], labels: QuizLabels) =>
  ({ 'true-false': labels.kindTrueFalse, 'multiple-choice': labels.kindMultipleChoice, scenario: labels.kindScenario })[kind];

/** One question as a radio group; after the answer, the feedback with its explanation (a live region). */
export function QuestionCard({ question, heading, position, topicName, locale, labels, chosen, isLast, onAnswer, onNext, onLeave }: Props) {
  const [selected, setSelected] = useState<string | null>(null);
  const [missing, setMissing] = useState(false);
  const answered = chosen !== null;
  const right = chosen === question.answer;
  const correctLabel = question.options.find((option) => option.id === question.answer)?.label ?? '';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (selected) onAnswer(selected);
    else setMissing(true);
  };

  return (
    <section aria-labelledby="quiz-step" className="quiz-screen-only">
      <h2 id="quiz-step" className="text-lg font-bold text-muted">
        {heading}
      </h2>
      <ProgressBar answered={position.index + (answered ? 1 : 0)} total={position.total} locale={locale} labels={labels} />
      <p className="mt-2 text-sm text-muted">{formatMessage(labels.topic, locale, { topic: topicName })}</p>
      <form onSubmit={submit} className="mt-4" noValidate>
        <fieldset disabled={answered} aria-describedby={missing ? 'quiz-missing' : undefined}>
          <legend id="quiz-legend" tabIndex={-1} className="focus:outline-none">
            <span className="block text-sm font-semibold uppercase tracking-wide text-brand">{kindLabel(question.kind, labels)}</span>
            <span className="mt-1 block text-xl font-bold leading-snug">{question.prompt}</span>
          </legend>
          <div className="mt-4 grid gap-2">
            {question.options.map((option) => {
              const isAnswer = answered && option.id === question.answer;
              const isWrongChoice = answered && option.id === chosen && !right;
              const tone = isAnswer ? 'border-allowed bg-allowed-bg' : isWrongChoice ? 'border-violation bg-violation-bg' : 'border-line bg-canvas';
              return (
                <label
                  key={option.id}
                  className={`flex min-h-11 cursor-pointer items-start gap-3 rounded-lg border-2 px-4 py-3 has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-focus ${tone}`}
                >
                  <input
                    type="radio"
                    name={`answer-${question.id}`}
                    value={option.id}
                    checked={answered ? option.id === chosen : option.id === selected}
                    onChange={() => {
                      setSelected(option.id);
                      setMissing(false);
                    }}
                    className="mt-1.5 size-4 shrink-0 accent-brand"
                  />
                  <span>
                    {option.label}
                    {isAnswer && <strong className="ml-2 text-allowed">✓ {labels.markCorrect}</strong>}
                    {isWrongChoice && <strong className="ml-2 text-violation">✗ {labels.markYourAnswer}</strong>}
                  </span>
                </label>
              );
            })}
          </div>
        </fieldset>
        {missing && (
          <p id="quiz-missing" role="alert" className="mt-3 font-semibold text-violation">
            {labels.chooseFirst}
          </p>
        )}
        {!answered && (
          <p className="mt-4">
            <button type="submit" className="btn">
              {labels.checkAnswer}
            </button>
          </p>
        )}
      </form>
      <div id="quiz-feedback" tabIndex={-1} role="status" className="focus:outline-none">
        {answered && (
          <div className={`mt-6 rounded-xl border-l-4 p-5 ${right ? 'border-allowed bg-allowed-bg' : 'border-violation bg-violation-bg'}`}>
            <h3 className={`text-xl font-bold ${right ? 'text-allowed' : 'text-violation'}`}>
              {right ? labels.feedbackCorrect : labels.feedbackWrong}
            </h3>
            {!right && <p className="mt-1 font-semibold">{formatMessage(labels.correctAnswerIs, locale, { answer: correctLabel })}</p>}
            <AnswerExplanation question={question} labels={labels} />
          </div>
        )}
      </div>
      {/* Once answered, "next" sticks to the bottom of the screen, reachable without scrolling past the explanation. */}
      {answered && (
        <div className="quiz-next-bar sticky bottom-0 z-10 mt-6 border-t border-line bg-canvas py-3">
          <button type="button" className="btn" onClick={onNext}>
            {isLast ? labels.seeResult : labels.next}
          </button>
        </div>
      )}
      <p className="mt-4">
        <button type="button" className="link min-h-11 px-1" onClick={onLeave}>
          {labels.leaveRound}
        </button>
      </p>
    </section>
  );
}

/** How far the round is, as a bar and as text ("3 of 10 answered") for screen readers. */
function ProgressBar({ answered, total, locale, labels }: { answered: number; total: number; locale: string; labels: QuizLabels }) {
  const text = formatMessage(labels.progressValue, locale, { answered, total });
  return (
    <div
      role="progressbar"
      aria-label={labels.progressLabel}
      aria-valuemin={0}
      aria-valuemax={total}
      aria-valuenow={answered}
      aria-valuetext={text}
      className="mt-2 h-2 w-full overflow-hidden rounded-full bg-line"
    >
      <div className="h-full rounded-full bg-brand" style={{ width: `${(answered * 100) / total}%` }} />
    </div>
  );
}

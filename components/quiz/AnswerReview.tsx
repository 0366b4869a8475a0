import { useState } from 'react';
import type { QuizProgress } from '@/lib/quiz/progress';
import type { QuizQuestion } from '@/lib/quiz/quiz-question';
import { formatMessage } from '@/lib/i18n/format-message';
import { AnswerExplanation } from './AnswerExplanation';
import type { QuizLabels } from './Quiz';

interface Props {
  locale: string;
  progress: QuizProgress;
  questions: ReadonlyMap<string, QuizQuestion>;
  labels: QuizLabels;
  topicNames: Record<string, string>;
  onBack: () => void;
}

type Filter = 'all' | 'mistakes';

const optionLabel = (question: QuizQuestion, id: string | undefined) => question.options.find((option) => option.id === id)?.label ?? '–';

/** Every question of the round with the answer given, the correct answer and why; or only the ones missed. */
export function AnswerReview({ locale, progress, questions, labels, topicNames, onBack }: Props) {
  const [filter, setFilter] = useState<Filter>('all');
  const items = progress.questionIds.flatMap((id, index) => {
    const question = questions.get(id);
    if (!question) return [];
    const given = progress.answers[index];
    return [{ id, index, question, given, right: given === question.answer }];
  });
  const mistakes = items.filter((item) => !item.right).length;
  const shown = filter === 'all' ? items : items.filter((item) => !item.right);
  const back = (
    <button type="button" className="btn btn-secondary" onClick={onBack}>
      {labels.backToResult}
    </button>
  );
  const choice = (value: Filter, label: string) => (
    <label className="flex min-h-11 cursor-pointer items-center gap-2 rounded-lg border-2 border-line px-3 has-[:checked]:border-brand has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-focus">
      <input type="radio" name="quiz-review-filter" value={value} checked={filter === value} onChange={() => setFilter(value)} className="size-4 accent-brand" />
      {label}
    </label>
  );
  return (
    <section aria-labelledby="quiz-review-title" className="quiz-screen-only">
      <h2 id="quiz-review-title" tabIndex={-1} className="text-2xl font-bold focus:outline-none">
        {labels.reviewTitle}
      </h2>
      <p className="mt-3">{back}</p>
      <fieldset className="mt-4">
        <legend className="font-semibold">{labels.reviewFilterLegend}</legend>
        <div className="mt-2 flex flex-wrap gap-2">
          {choice('all', formatMessage(labels.reviewFilterAll, locale, { count: items.length }))}
          {choice('mistakes', formatMessage(labels.reviewFilterMistakes, locale, { count: mistakes }))}
        </div>
      </fieldset>
      {shown.length === 0 && <p className="mt-6 font-semibold text-allowed">{labels.reviewNoMistakes}</p>}
      <ol className="mt-6 grid gap-6">
        {shown.map(({ id, index, question, given, right }) => (
          <li key={id} value={index + 1} className={`rounded-xl border-l-4 bg-surface p-5 ${right ? 'border-allowed' : 'border-violation'}`}>
            <p className="text-sm text-muted">
              {index + 1}. {formatMessage(labels.topic, locale, { topic: topicNames[question.topic] })}
            </p>
            <h3 className="mt-1 text-lg font-bold">{question.prompt}</h3>
            <p className={`mt-2 font-semibold ${right ? 'text-allowed' : 'text-violation'}`}>
              {right ? '✓' : '✗'} {right ? labels.reviewRight : labels.reviewWrong}:{' '}
              {formatMessage(labels.reviewYourAnswer, locale, { answer: optionLabel(question, given) })}
            </p>
            {!right && <p className="font-semibold">{formatMessage(labels.reviewCorrectAnswer, locale, { answer: optionLabel(question, question.answer) })}</p>}
            <AnswerExplanation question={question} labels={labels} />
          </li>
        ))}
      </ol>
      <p className="mt-6">{back}</p>
    </section>
  );
}

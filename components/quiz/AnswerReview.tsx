import type { QuizProgress } from '@/lib/quiz/progress';
import type { QuizQuestion } from '@/lib/quiz/quiz-question';
import { fillTemplate } from '@/lib/quiz/template';
import type { QuizTopic } from '@/lib/quiz/topics';
import { AnswerExplanation } from './AnswerExplanation';
import type { QuizLabels } from './Quiz';

interface Props {
  progress: QuizProgress;
  questions: ReadonlyMap<string, QuizQuestion>;
  labels: QuizLabels;
  topicNames: Record<QuizTopic, string>;
  onBack: () => void;
}

const optionLabel = (question: QuizQuestion, id: string | undefined) => question.options.find((option) => option.id === id)?.label ?? '–';

/** Every question of the round with the answer given, the correct answer and why. */
export function AnswerReview({ progress, questions, labels, topicNames, onBack }: Props) {
  const back = (
    <button type="button" className="btn btn-secondary" onClick={onBack}>
      {labels.backToResult}
    </button>
  );
  return (
    <section aria-labelledby="quiz-review-title" className="quiz-screen-only">
      <h2 id="quiz-review-title" tabIndex={-1} className="text-2xl font-bold focus:outline-none">
        {labels.reviewTitle}
      </h2>
      <p className="mt-3">{back}</p>
      <ol className="mt-6 grid gap-6">
        {progress.questionIds.map((id, index) => {
          const question = questions.get(id);
          if (!question) return null;
          const given = progress.answers[index];
          const right = given === question.answer;
          return (
            <li key={id} className={`rounded-xl border-l-4 bg-surface p-5 ${right ? 'border-allowed' : 'border-violation'}`}>
              <p className="text-sm text-muted">
                {index + 1}. {fillTemplate(labels.topic, { topic: topicNames[question.topic] })}
              </p>
              <h3 className="mt-1 text-lg font-bold">{question.prompt}</h3>
              <p className={`mt-2 font-semibold ${right ? 'text-allowed' : 'text-violation'}`}>
                {right ? '✓' : '✗'} {right ? labels.reviewRight : labels.reviewWrong}:{' '}
                {fillTemplate(labels.reviewYourAnswer, { answer: optionLabel(question, given) })}
              </p>
              {!right && <p className="font-semibold">{fillTemplate(labels.reviewCorrectAnswer, { answer: optionLabel(question, question.answer) })}</p>}
              <AnswerExplanation question={question} labels={labels} />
            </li>
          );
        })}
      </ol>
      <p className="mt-6">{back}</p>
    </section>
  );
}

import type { QuizQuestion } from '@/lib/quiz/quiz-question';
import type { QuizLabels } from './Quiz';

interface Props {
  question: QuizQuestion;
  labels: QuizLabels;
}

/** Why the answer is right: the explanation, its legal basis, and where to read or try more. */
export function AnswerExplanation({ question, labels }: Props) {
  return (
    <>
      <p className="mt-2">{question.explanation}</p>
      <p className="mt-3 font-semibold">{labels.legalBasis}</p>
      <ul className="mt-1 list-disc pl-5">
        {question.legalBasis.map((basis) => (
          <li key={basis.label}>
            <a className="link" href={basis.href}>
              {basis.label}
            </a>
          </li>
        ))}
      </ul>
      {question.penalties.length > 0 && (
        <>
          <p className="mt-3 font-semibold">{labels.criminalPenalty}</p>
          <ul className="mt-1 list-disc pl-5">
            {question.penalties.map((penalty) => (
              <li key={penalty.label}>
                <a className="link" href={penalty.href}>
                  {penalty.label}
                </a>
                : {penalty.now}
              </li>
            ))}
          </ul>
        </>
      )}
      <ul className="mt-3 flex flex-wrap gap-x-6 gap-y-2">
        <li>
          <a className="link font-semibold" href={question.guideHref}>
            {labels.readGuide}
          </a>
        </li>
        {question.checkerHref && (
          <li>
            <a className="link font-semibold" href={question.checkerHref}>
              {labels.tryChecker}
            </a>
          </li>
        )}
      </ul>
    </>
  );
}

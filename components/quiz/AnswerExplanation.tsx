import type { QuizQuestion } from '@/lib/quiz/quiz-question';
import type { QuizLabels } from './Quiz';

interface Props {
  question: QuizQuestion;
  labels: QuizLabels;
}

/** Why the answer is right: the explanation, its legal basis, any criminal penalty today, and where to read or try more. */
export function AnswerExplanation({ question, labels }: Props) {
  return (
    <>
      <p className="mt-2">{question.explanation}</p>
      <LinkedList title={labels.legalBasis} items={question.legalBasis} />
      {question.penalties.length > 0 && (
        <LinkedList title={labels.criminalPenalty} items={question.penalties.map(({ label, href, now }) => ({ label, href, after: `: ${now}` }))} />
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
        {question.reportHref && (
          <li>
            <a className="link" href={question.reportHref}>
              {labels.reportMistake}
            </a>
          </li>
        )}
      </ul>
    </>
  );
}

/** A titled bullet list of links, each optionally followed by plain text. */
function LinkedList({ title, items }: { title: string; items: { label: string; href: string; after?: string }[] }) {
  return (
    <>
      <p className="mt-3 font-semibold">{title}</p>
      <ul className="mt-1 list-disc pl-5">
        {items.map((item) => (
          <li key={item.label}>
            <a className="link" href={item.href}>
              {item.label}
            </a>
            {item.after}
          </li>
        ))}
      </ul>
    </>
  );
}

import { answerLine, type FactPair, type Question } from '@/lib/rules/browser';

interface Props {
  facts: FactPair[];
  questions: Question<string>[];
  labels: { answersTitle: string; change: string; restart: string; result: { changeAnswers: string } };
  onChange: (fact: string) => void;
  onRestart: () => void;
}

/**
 * The answers given so far in one line ("PNS · Menyukai · (Bakal) calon"), which opens into the full list,
 * each answer with a button to change it. Collapsed, so that the verdict below stays on the first screen.
 */
export function AnswerList({ facts, questions, labels, onChange, onRestart }: Props) {
  return (
    <details className="mt-4 rounded-xl border border-line print:hidden">
      <summary className="min-h-11 cursor-pointer px-4 py-2">
        <span className="sr-only">{labels.answersTitle}: </span>
        {answerLine(facts, questions).join(' · ')}{' '}
        <span className="link whitespace-nowrap font-semibold">{labels.result.changeAnswers}</span>
      </summary>
      <ul className="divide-y divide-line border-t border-line">
        {facts.map(({ fact, value }) => {
          const question = questions.find((candidate) => candidate.key === fact);
          const label = question?.options.find((option) => option.value === value)?.label ?? value;
          return (
            <li key={fact} className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1 px-4 py-2">
              <div className="min-w-0">
                <span className="block text-sm text-muted">{question?.summary ?? fact}</span>
                <span className="block font-semibold">{label}</span>
              </div>
              <button type="button" className="link min-h-11 px-1 font-semibold" onClick={() => onChange(fact)}>
                {labels.change}
                <span className="sr-only">: {question?.summary ?? fact}</span>
              </button>
            </li>
          );
        })}
      </ul>
      <button type="button" className="link mx-4 mb-2 min-h-11 font-semibold" onClick={onRestart}>
        {labels.restart}
      </button>
    </details>
  );
}

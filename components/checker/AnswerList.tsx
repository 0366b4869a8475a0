import type { FactPair, Question } from '@/lib/rules/types';

interface Props {
  facts: FactPair[];
  questions: Question<string>[];
  labels: { answersTitle: string; change: string; restart: string };
  onChange: (fact: string) => void;
  onRestart: () => void;
}

/** The answers given so far, each with a button to change it. */
export function AnswerList({ facts, questions, labels, onChange, onRestart }: Props) {
  return (
    <section aria-labelledby="answers-title" className="mt-6">
      <h2 id="answers-title" className="text-lg font-bold">
        {labels.answersTitle}
      </h2>
      <ul className="mt-2 divide-y divide-line rounded-xl border border-line">
        {facts.map(({ fact, value }) => {
          const question = questions.find((candidate) => candidate.key === fact);
          const label = question?.options.find((option) => option.value === value)?.label ?? value;
          return (
            <li key={fact} className="flex flex-wrap items-center justify-between gap-x-4 gap-y-1 px-4 py-2">
              <div className="min-w-0">
                <span className="block text-sm text-muted">{question?.summary ?? fact}</span>
                <span className="block font-semibold">{label}</span>
              </div>
              <button type="button" className="link min-h-11 px-1 font-semibold print:hidden" onClick={() => onChange(fact)}>
                {labels.change}
                <span className="sr-only">: {question?.summary ?? fact}</span>
              </button>
            </li>
          );
        })}
      </ul>
      <button type="button" className="link mt-2 min-h-11 font-semibold print:hidden" onClick={onRestart}>
        {labels.restart}
      </button>
    </section>
  );
}

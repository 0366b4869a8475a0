import { type Ref, useState } from 'react';
import type { Question } from '@/lib/rules/browser';

interface Props {
  question: Question<string>;
  current?: string;
  /** Shown above an optional question (one that only sharpens the sanction). */
  optionalTitle?: string;
  labels: { continue: string; cancel: string; chooseError: string };
  headingRef: Ref<HTMLHeadingElement>;
  onAnswer: (value: string) => void;
  onCancel?: () => void;
}

/** One question as a radio group (fieldset and legend, help text, error message), answered with a button. */
export function QuestionStep({ question, current, optionalTitle, labels, headingRef, onAnswer, onCancel }: Props) {
  const [choice, setChoice] = useState(current ?? '');
  const [error, setError] = useState(false);
  const id = `q-${question.key}`;
  return (
    <form
      noValidate
      className="mt-6 rounded-xl border border-line bg-canvas p-4 sm:p-5 print:hidden"
      onSubmit={(event) => {
        event.preventDefault();
        if (choice) onAnswer(choice);
        else setError(true);
      }}
    >
      {optionalTitle && <p className="mb-2 text-sm font-semibold uppercase tracking-wide text-muted">{optionalTitle}</p>}
      <fieldset aria-describedby={error ? `${id}-help ${id}-error` : `${id}-help`} aria-invalid={error || undefined}>
        <legend>
          <h2 ref={headingRef} tabIndex={-1} className="text-xl font-bold focus:outline-none">
            {question.question}
          </h2>
        </legend>
        <p id={`${id}-help`} className="mt-1 text-muted">
          {question.help}
        </p>
        {error && (
          <p id={`${id}-error`} className="mt-2 font-semibold text-violation">
            {labels.chooseError}
          </p>
        )}
        <div className="mt-4 grid gap-2">
          {question.options.map((option) => (
            <label
              key={option.value}
              className="flex min-h-11 cursor-pointer items-start gap-3 rounded-lg border border-line p-3 hover:border-brand has-checked:border-brand has-checked:bg-surface"
            >
              <input
                type="radio"
                name={question.key}
                value={option.value}
                checked={choice === option.value}
                onChange={() => {
                  setChoice(option.value);
                  setError(false);
                }}
                className="mt-1 size-5 shrink-0 accent-brand"
              />
              <span>{option.label}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="mt-4 flex flex-wrap gap-3">
        <button type="submit" className="btn">
          {labels.continue}
        </button>
        {onCancel && (
          <button type="button" className="btn btn-secondary" onClick={onCancel}>
            {labels.cancel}
          </button>
        )}
      </div>
    </form>
  );
}

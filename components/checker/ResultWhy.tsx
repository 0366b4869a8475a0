import type { ReactNode } from 'react';
import type { RuleView } from '@/lib/rules/browser';
import { VerdictIcon } from './VerdictIcon';

interface Props {
  rules: RuleView[];
  /** The verdict is settled but which rule decides it waits on the next answer. */
  pending: boolean;
  labels: { pendingRules: string; uncertain: string };
  /** A further part under each rule (its dates: in force since, what changed). */
  after?: (rule: RuleView) => ReactNode;
}

/** Why: each deciding rule by name, in plain words, with what is not certain about it said where it is said. */
export function ResultWhy({ rules, pending, labels, after }: Props) {
  return (
    <div className="grid gap-3">
      {pending && <p className="font-semibold">{labels.pendingRules}</p>}
      {rules.map((rule) => {
        const { id, verdict, text, notes, uncertain } = rule;
        return text ? (
          <article key={id} className="grid gap-1">
            <h3 className="flex items-center gap-2 text-lg font-bold">
              <VerdictIcon verdict={verdict} className="size-5" />
              {text.title}
            </h3>
            <p>{text.explanation}</p>
            {notes.map((note) => (
              <p key={note}>{note}</p>
            ))}
            {uncertain.map((item) => (
              <p key={item} className="text-muted">
                <span className="font-semibold">{labels.uncertain}: </span>
                {item}
              </p>
            ))}
            {after?.(rule)}
          </article>
        ) : null;
      })}
    </div>
  );
}

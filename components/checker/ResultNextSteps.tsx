import type { RuleView } from '@/lib/rules/browser';

interface Props {
  rules: RuleView[];
  labels: { nextSteps: string; alreadyDid: string };
}

/** What to do now, and, where the content has one, what to do if it is already done (unlike, leave the group). */
export function ResultNextSteps({ rules, labels }: Props) {
  const steps = rules.filter((rule) => rule.text);
  if (!steps.length) return null;
  return (
    <div>
      <h3 className="text-lg font-bold">{labels.nextSteps}</h3>
      {steps.map(({ id, text }) => (
        <div key={id} className="mt-1 grid gap-2">
          <p>{text?.instead}</p>
          {text?.remedy && (
            <p className="rounded-lg border border-line bg-surface p-3">
              <strong>{labels.alreadyDid}</strong> {text.remedy}
            </p>
          )}
        </div>
      ))}
    </div>
  );
}

'use client';

import { useState } from 'react';
import { type SummaryField, summaryFields, summaryText } from '@/lib/report/summary';
import { CopyTextButton } from './CopyTextButton';

type Field = SummaryField;
const fields = summaryFields;
const multiline: readonly Field[] = ['what', 'evidence', 'witnesses'];

export type SummaryLabels = Record<Field | 'title' | 'lead' | 'output' | 'copy' | 'copied' | 'copyFailed' | 'heading' | 'empty', string>;

/**
 * A form for a witness's own summary of what they saw. The text lives in this component's state only:
 * not in the address, not in storage, and nothing is sent.
 */
export function SummaryComposer({ labels }: { labels: SummaryLabels }) {
  const [values, setValues] = useState<Partial<Record<Field, string>>>({});
  // A fixed id (one per page), not useId(): React's server ids and the island runtime's differ.
  const id = 'summary';
  const text = summaryText(values, labels);
  return (
    <section aria-labelledby={`${id}-title`} className="mt-10">
      <h2 id={`${id}-title`} className="text-2xl font-bold">
        {labels.title}
      </h2>
      <p className="mt-2 max-w-prose">{labels.lead}</p>
      <form className="mt-4 grid max-w-2xl gap-3" onSubmit={(event) => event.preventDefault()} autoComplete="off">
        {fields.map((field) => (
          <div key={field} className="grid gap-1">
            <label htmlFor={`${id}-${field}`} className="font-semibold">
              {labels[field]}
            </label>
            {multiline.includes(field) ? (
              <textarea
                id={`${id}-${field}`}
                rows={3}
                className="rounded-lg border border-line bg-canvas p-2"
                value={values[field] ?? ''}
                onChange={(event) => setValues({ ...values, [field]: event.target.value })}
              />
            ) : (
              <input
                id={`${id}-${field}`}
                className="min-h-11 rounded-lg border border-line bg-canvas p-2"
                value={values[field] ?? ''}
                onChange={(event) => setValues({ ...values, [field]: event.target.value })}
              />
            )}
          </div>
        ))}
        <label className="grid gap-1">
          <span className="font-semibold">{labels.output}</span>
          <textarea readOnly rows={9} className="rounded-lg border border-line bg-surface p-2 font-mono text-sm" value={text} />
        </label>
        <CopyTextButton text={text} labels={labels} />
      </form>
    </section>
  );
}

'use client';

import { useEffect, useState } from 'react';
import { CopyButton } from '@/components/share/CopyButton';
import { type ApelEvent, type ApelEventField, cleanEvent, emptyEvent, eventFieldMaxLength, eventFields, hasEvent, parseEventFragment, withEvent } from '@/lib/apel/event';
import { FieldLabel } from './FieldLabel';
import { writeEventToUrl } from './useApelEvent';

export interface EventFormLabels {
  fields: Record<ApelEventField, string>;
  hints: Partial<Record<ApelEventField, string>>;
  linkLabel: string;
  linkHint: string;
  noEvent: string;
  copy: string;
  copied: string;
  copyFailed: string;
  clear: string;
}

/**
 * The "prepare" form: office, event, date, place, presenter and local reporting contact. Every keystroke
 * rewrites this page's URL fragment, which the slides, poster, message and QR codes read; nothing is sent.
 */
export function EventForm({ pageUrl, labels }: { pageUrl: string; labels: EventFormLabels }) {
  const [values, setValues] = useState<ApelEvent>(emptyEvent);
  // A fixed id (one per page), not useId(): React's server ids and the island runtime's differ.
  const id = 'event-form';

  // The prerendered page has no event: take the one in the link once the page is live.
  useEffect(() => setValues(parseEventFragment(window.location.hash) ?? emptyEvent), []);

  const update = (field: ApelEventField, value: string) => {
    const next = { ...values, [field]: value };
    setValues(next);
    writeEventToUrl(cleanEvent(next));
  };
  const event = cleanEvent(values);
  const link = withEvent(pageUrl, event);

  return (
    <form className="grid gap-4" onSubmit={(e) => e.preventDefault()} aria-describedby={`${id}-privacy`}>
      <div className="grid gap-4 sm:grid-cols-2">
        {eventFields.map((field) => (
          <div key={field} className={field === 'contact' ? 'sm:col-span-2' : ''}>
            <FieldLabel id={`${id}-${field}`} label={labels.fields[field]} hint={labels.hints[field]} />
            <input
              id={`${id}-${field}`}
              name={field}
              type={field === 'date' ? 'date' : 'text'}
              maxLength={field === 'date' ? undefined : eventFieldMaxLength}
              value={values[field]}
              aria-describedby={labels.hints[field] ? `${id}-${field}-hint` : undefined}
              onChange={(e) => update(field, e.target.value)}
              className="mt-1 block w-full rounded-md border-2 border-line bg-canvas px-3 py-2 text-ink"
            />
          </div>
        ))}
      </div>
      <div className="rounded-lg border border-line bg-surface p-4">
        <label htmlFor={`${id}-link`} className="block font-semibold">
          {labels.linkLabel}
        </label>
        <p id={`${id}-privacy`} className="text-sm text-muted">
          {labels.linkHint}
        </p>
        <input id={`${id}-link`} readOnly value={link} className="mt-2 block w-full rounded-md border-2 border-line bg-canvas px-3 py-2 font-mono text-sm text-ink" />
        {!hasEvent(event) && <p className="mt-2 text-sm text-muted">{labels.noEvent}</p>}
        <div className="mt-3 flex flex-wrap gap-3">
          <CopyButton text={link} label={labels.copy} copiedLabel={labels.copied} failedLabel={labels.copyFailed} />
          <button
            type="button"
            className="btn btn-secondary"
            onClick={() => {
              setValues(emptyEvent);
              writeEventToUrl(null);
            }}
          >
            {labels.clear}
          </button>
        </div>
      </div>
    </form>
  );
}

'use client';

import type { ApelEvent, ApelEventField } from '@/lib/apel/event';
import { formatEventDate } from '@/lib/apel/format';
import { useApelEvent } from './useApelEvent';

/** One detail of the event as people read it (the date written out), or '' when the link does not give it. */
const fieldText = (event: ApelEvent | null, field: ApelEventField, locale: string) => {
  const value = event?.[field] ?? '';
  return field === 'date' && value ? formatEventDate(value, locale) : value;
};

interface Props {
  field: ApelEventField;
  locale: string;
  /** Shown when the event link does not give this field (on paper: a line to write on). */
  fallback?: string;
  className?: string;
}

/** One detail of the event from the URL fragment (the date written out), or the fallback. */
export function EventValue({ field, locale, fallback = '', className }: Props) {
  const text = fieldText(useApelEvent(), field, locale);
  if (!text && !fallback) return null;
  return (
    <span className={className} data-event-field={field} data-empty={text ? undefined : ''}>
      {text || fallback}
    </span>
  );
}

interface LineProps {
  fields: ApelEventField[];
  locale: string;
  /** Before the details, e.g. "Presenter:". */
  label?: string;
  className?: string;
}

/** Several details of the event on one line, joined by a dot; nothing when the link gives none of them. */
export function EventLine({ fields, locale, label, className }: LineProps) {
  const event = useApelEvent();
  const parts = fields.map((field) => fieldText(event, field, locale)).filter(Boolean);
  if (!parts.length) return null;
  return <p className={className}>{label ? `${label} ${parts.join(' · ')}` : parts.join(' · ')}</p>;
}

'use client';

import type { ApelEventField } from '@/lib/apel/event';
import { formatEventDate } from '@/lib/apel/format';
import { useApelEvent } from './useApelEvent';

interface Props {
  field: ApelEventField;
  locale: string;
  /** Shown when the event link does not give this field (on paper: a line to write on). */
  fallback?: string;
  className?: string;
}

/** One detail of the event from the URL fragment (the date written out), or the fallback. */
export function EventValue({ field, locale, fallback = '', className }: Props) {
  const event = useApelEvent();
  const value = event?.[field] ?? '';
  const text = field === 'date' && value ? formatEventDate(value, locale) : value;
  if (!text && !fallback) return null;
  return (
    <span className={className} data-event-field={field} data-empty={text ? undefined : ''}>
      {text || fallback}
    </span>
  );
}

/** Shows its children only when the event link gives `field` (or any field, without one). */
export function IfEvent({ field, children }: { field?: ApelEventField; children: React.ReactNode }) {
  const event = useApelEvent();
  const shown = field ? Boolean(event?.[field]) : event !== null;
  return shown ? children : null;
}

/** Several details of the event on one line, joined by a dot; nothing when the link gives none of them. */
export function EventLine({ fields, locale, className }: { fields: ApelEventField[]; locale: string; className?: string }) {
  const event = useApelEvent();
  const parts = fields.flatMap((field) => {
    const value = event?.[field] ?? '';
    if (!value) return [];
    return [field === 'date' ? formatEventDate(value, locale) : value];
  });
  return parts.length ? <p className={className}>{parts.join(' · ')}</p> : null;
}

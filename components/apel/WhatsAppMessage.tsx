'use client';

import { formatMessage, type Message } from '@/lib/i18n/format-message';
import { useEffect, useState } from 'react';
import { CopyButton } from '@/components/share/CopyButton';
import { withEvent } from '@/lib/apel/event';
import { formatEventDate } from '@/lib/apel/format';
import { whatsappShareUrl } from '@/lib/share/whatsapp';
import { useApelEvent } from './useApelEvent';

export interface WhatsAppMessageLabels {
  /** The message with {eventLine}, {guidesUrl}, {quizUrl}, {checkerUrl} and {contactLine}. */
  text: Message;
  /** "{name} · {office} · {date}" line, when the link gives an event. */
  eventLine: Message;
  /** "Report neutrality problems at this office: {contact}" line. */
  contactLine: Message;
  editLabel: string;
  editHint: string;
  copy: string;
  copied: string;
  copyFailed: string;
  whatsapp: string;
  opensWhatsapp: string;
}

interface Props {
  locale: string;
  urls: { guidesUrl: string; quizUrl: string; checkerUrl: string };
  labels: WhatsAppMessageLabels;
}

/** A ready message for the office WhatsApp group, with this page's event; editable before copying or sending. */
export function WhatsAppMessage({ locale, urls, labels }: Props) {
  const event = useApelEvent();
  // A fixed id (one per page), not useId(): React's server ids and the island runtime's differ.
  const id = 'whatsapp-message';
  const details = event ? [event.name, event.office, event.date && formatEventDate(event.date, locale)].filter(Boolean).join(' · ') : '';
  const generated = formatMessage(labels.text, locale, {
    eventLine: details ? `${formatMessage(labels.eventLine, locale, { details })}\n` : '',
    guidesUrl: urls.guidesUrl,
    quizUrl: withEvent(urls.quizUrl, event),
    checkerUrl: urls.checkerUrl,
    contactLine: event?.contact ? `${formatMessage(labels.contactLine, locale, { contact: event.contact })}\n` : '',
  });
  const [text, setText] = useState(generated);
  // A new event rewrites the message; edits made for the previous one would carry the wrong details.
  useEffect(() => setText(generated), [generated]);

  return (
    <>
      <label htmlFor={id} className="mt-4 block font-semibold">
        {labels.editLabel}
      </label>
      <p id={`${id}-hint`} className="text-sm text-muted">
        {labels.editHint}
      </p>
      <textarea
        id={id}
        aria-describedby={`${id}-hint`}
        value={text}
        rows={11}
        onChange={(e) => setText(e.target.value)}
        className="mt-2 block w-full rounded-lg border-2 border-line bg-canvas p-4 font-mono text-sm text-ink"
        data-testid="whatsapp-message"
      />
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <CopyButton text={text} label={labels.copy} copiedLabel={labels.copied} failedLabel={labels.copyFailed} />
        <a className="btn btn-secondary" href={whatsappShareUrl(text)} target="_blank" rel="noopener noreferrer">
          {labels.whatsapp} <span className="sr-only">{labels.opensWhatsapp}</span>
        </a>
      </div>
    </>
  );
}

'use client';

import type { ReactNode } from 'react';
import { formatMessage, type Message } from '@/lib/i18n/format-message';
import { QrCode } from '@/components/share/QrCode';
import { withEvent } from '@/lib/apel/event';
import { useApelEvent } from './useApelEvent';

interface Props {
  /** Absolute address the code opens; this page's event is added as its fragment. */
  url: string;
  /** "QR code: {url}", for screen readers. */
  label: Message;
  locale: string;
  className?: string;
  /**
   * The code of `url` without an event, drawn at build time (EventQrCodeIsland.tsx): shown while the page has no
   * event, so that starting the page draws no QR code (the page is first hydrated without one).
   */
  plain?: ReactNode;
}

/** A QR code that opens `url` with this page's event attached, so that the quiz result carries the assembly. */
export function EventQrCode({ url, label, locale, className, plain }: Props) {
  const target = withEvent(url, useApelEvent());
  if (target === url && plain) return plain;
  return <QrCode value={target} label={formatMessage(label, locale, { url: target })} className={className} />;
}

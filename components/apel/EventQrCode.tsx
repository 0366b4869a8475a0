'use client';

import { QrCode } from '@/components/share/QrCode';
import { withEvent } from '@/lib/apel/event';
import { fill } from '@/lib/apel/format';
import { useApelEvent } from './useApelEvent';

interface Props {
  /** Absolute address the code opens; this page's event is added as its fragment. */
  url: string;
  /** "QR code: {url}", for screen readers. */
  label: string;
  className?: string;
}

/** A QR code that opens `url` with this page's event attached, so that the quiz result carries the assembly. */
export function EventQrCode({ url, label, className }: Props) {
  const target = withEvent(url, useApelEvent());
  return <QrCode value={target} label={fill(label, { url: target })} className={className} />;
}

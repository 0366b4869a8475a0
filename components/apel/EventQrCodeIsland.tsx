import { Island } from '@/components/islands/Island';
import { QrCode } from '@/components/share/QrCode';
import { formatMessage, type Message } from '@/lib/i18n/format-message';

interface Props {
  url: string;
  /** "QR code: {url}", compiled (lib/i18n/compile-messages.ts). */
  label: Message;
  locale: string;
  className?: string;
}

/**
 * The event QR code island, with the code of `url` alone drawn here at build time and kept as it is in the browser
 * until an event is entered: computing a QR code takes a phone tens of milliseconds, too long to do while the page
 * starts.
 */
export function EventQrCodeIsland({ url, label, locale, className }: Props) {
  return (
    <Island
      name="apel.event-qr"
      props={{ url, label, locale, className }}
      slots={{ plain: <QrCode value={url} label={formatMessage(label, locale, { url })} className={className} /> }}
    />
  );
}

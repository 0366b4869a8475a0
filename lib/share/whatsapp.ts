/**
 * A link that opens WhatsApp with `text` ready to send. `api.whatsapp.com/send` shows a better link
 * preview than `wa.me`, and works in the app and on WhatsApp Web.
 */
export function whatsappShareUrl(text: string): string {
  return `https://api.whatsapp.com/send?text=${encodeURIComponent(text)}`;
}

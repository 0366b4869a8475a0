/** A WhatsApp link that opens a chat with `text` ready to send. */
export function whatsappShareUrl(text: string): string {
  return `https://api.whatsapp.com/send?text=${encodeURIComponent(text)}`;
}

/**
 * Copies a text to the clipboard. Without HTTPS (a test server, an intranet address) there is no
 * `navigator.clipboard`; a selected, off-screen text area and the older copy command still work there.
 * The site script uses it too (components/enhance/enhance.ts).
 */
export function copyText(text: string): Promise<void> {
  if (navigator.clipboard?.writeText) return navigator.clipboard.writeText(text);
  return new Promise((resolve, reject) => {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.className = 'sr-only';
    document.body.append(area);
    area.select();
    const copied = document.execCommand('copy');
    area.remove();
    if (copied) resolve();
    else reject(new Error('The browser refused to copy.'));
  });
}

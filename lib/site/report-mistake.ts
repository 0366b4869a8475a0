/**
 * The "report a mistake" address for one page. `base` is REPORT_ERROR_URL: a `mailto:` address gets the
 * subject and body as mail fields; a web address (an issue tracker or a form) gets them as `title` and
 * `body` query parameters, which GitHub's and GitLab's "new issue" pages fill in and other forms ignore.
 */
export function reportMistakeHref(base: string, message: { subject: string; body: string }): string {
  if (base.startsWith('mailto:')) {
    const separator = base.includes('?') ? '&' : '?';
    return `${base}${separator}subject=${encodeURIComponent(message.subject)}&body=${encodeURIComponent(message.body)}`;
  }
  const url = new URL(base);
  url.searchParams.set('title', message.subject);
  url.searchParams.set('body', message.body);
  return url.toString();
}

/** Why a REPORT_ERROR_URL cannot be used, or undefined when it can (a `mailto:` or an http(s) address). */
export function reportErrorUrlProblem(value: string): string | undefined {
  if (/^mailto:[^@\s]+@[^@\s]+$/.test(value.split('?')[0] ?? '')) return undefined;
  try {
    const url = new URL(value);
    if (url.protocol === 'https:' || url.protocol === 'http:') return undefined;
  } catch {
    // Not a URL at all: reported below.
  }
  return `REPORT_ERROR_URL must be a mailto: address or an http(s) address, got "${value}"`;
}

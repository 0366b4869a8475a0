import { localePath } from '@/lib/site/routes';

/** Locale-free path of the "What changed" page; printed in feeds readers subscribe to, so it never changes. */
export const changesPath = 'perubahan';

/** `/id/perubahan/` */
export const changesPagePath = (locale: string) => localePath(locale, changesPath);

/** `/id/perubahan/feed.xml`: the Atom feed of one locale. */
export const changesFeedPath = (locale: string) => `${changesPagePath(locale)}feed.xml`;

/** The day before an ISO date, the last day the old state held: `2026-01-02` → `2026-01-01`. */
export function previousDay(date: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - 1);
  return day.toISOString().slice(0, 10);
}

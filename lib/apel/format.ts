import { formatDay } from '@/lib/i18n/intl-cache';

/** A date of the event (`yyyy-mm-dd`) written out, e.g. "Senin, 7 Desember 2026" / "Monday 7 December 2026". */
export function formatEventDate(date: string, locale: string, style: 'full' | 'long' = 'full'): string {
  return formatDay(date, locale === 'en' ? 'en-GB' : 'id-ID', style);
}

/** `m:ss`, as on the presenter's timer. */
export function clock(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}

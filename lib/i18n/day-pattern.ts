/**
 * How a locale writes a calendar day in its long style ("2 Januari 2026", "2 January 2026"), as the order of the
 * parts and the month names Intl.DateTimeFormat uses. Creating a DateTimeFormat in a browser loads its locale data:
 * about 60 ms on a slow phone, a long task of its own. So the build reads the pattern from Intl (CLDR) once, the
 * page carries it, and `formatDayWith` writes with it: the same text, tested against Intl for every day of a year.
 */
export interface DayPattern {
  /** The parts in order: a field, or the literal text between fields. */
  parts: ({ field: 'day' | 'month' | 'year' } | { literal: string })[];
  /** January first. */
  months: string[];
  /** Days written with two digits ("02"). */
  twoDigitDay: boolean;
}

const dayFormat = (locale: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });

export function dayPattern(locale: string): DayPattern {
  const format = dayFormat(locale);
  const parts = format.formatToParts(new Date('2026-01-02T00:00:00Z')).map((part) =>
    part.type === 'day' || part.type === 'month' || part.type === 'year' ? { field: part.type } : { literal: part.value },
  );
  const months = Array.from({ length: 12 }, (_, month) => {
    const written = format.formatToParts(new Date(Date.UTC(2026, month, 15))).find((part) => part.type === 'month');
    if (!written || /^\d+$/.test(written.value)) throw new Error(`${locale}: the long date style has no month name`);
    return written.value;
  });
  const day = format.formatToParts(new Date('2026-01-02T00:00:00Z')).find((part) => part.type === 'day')?.value;
  if (!day || !/^0?2$/.test(day)) throw new Error(`${locale}: the long date style writes days in other digits ("${day}")`);
  return { parts, months, twoDigitDay: day === '02' };
}

/** A calendar day (`yyyy-mm-dd`) in the pattern's words; the date as written, never shifted by a time zone. */
export function formatDayWith(date: string, pattern: DayPattern): string {
  const [year = '', month = '', day = ''] = date.split('-');
  const fields = {
    day: pattern.twoDigitDay ? day.padStart(2, '0') : String(Number(day)),
    month: pattern.months[Number(month) - 1] ?? month,
    year: String(Number(year)),
  };
  return pattern.parts.map((part) => ('field' in part ? fields[part.field] : part.literal)).join('');
}

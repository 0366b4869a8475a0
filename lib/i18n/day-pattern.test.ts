import { describe, expect, it } from 'vitest';
import { dayPattern, formatDayWith } from './day-pattern';
import { formatDay } from './intl-cache';

describe('formatDayWith', () => {
  for (const locale of ['id-ID', 'en-GB', 'en-US', 'id', 'en']) {
    it(`writes every day of 2024 and 2026 in ${locale} exactly as Intl.DateTimeFormat does`, () => {
      const pattern = dayPattern(locale);
      for (const year of [2024, 2026]) {
        for (let day = new Date(Date.UTC(year, 0, 1)); day.getUTCFullYear() === year; day.setUTCDate(day.getUTCDate() + 1)) {
          const date = day.toISOString().slice(0, 10);
          expect(formatDayWith(date, pattern)).toBe(formatDay(date, locale));
        }
      }
    });
  }

  it('reads the Indonesian and British patterns', () => {
    expect(formatDayWith('2026-01-02', dayPattern('id-ID'))).toBe('2 Januari 2026');
    expect(formatDayWith('2023-10-16', dayPattern('en-GB'))).toBe('16 October 2023');
    expect(dayPattern('id-ID').months).toHaveLength(12);
  });
});

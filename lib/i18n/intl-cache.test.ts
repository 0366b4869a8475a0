import { describe, expect, it } from 'vitest';
import { dateTimeFormat, formatDay, numberFormat, pluralRules } from './intl-cache';

describe('kept Intl objects', () => {
  it('are made once per kind, locale and options', () => {
    expect(numberFormat('id', { style: 'percent' })).toBe(numberFormat('id', { style: 'percent' }));
    expect(numberFormat('id', { style: 'percent' })).not.toBe(numberFormat('id', { style: 'decimal' }));
    expect(pluralRules('en')).toBe(pluralRules('en'));
    expect(dateTimeFormat('en-GB', { dateStyle: 'long' })).not.toBe(dateTimeFormat('id-ID', { dateStyle: 'long' }));
  });

  it('format as a new one would', () => {
    expect(numberFormat('id', { style: 'percent' }).format(0.8)).toBe(new Intl.NumberFormat('id', { style: 'percent' }).format(0.8));
    // A calendar day is read as UTC, so it is the same day in every time zone.
    expect(formatDay('2026-01-02', 'id-ID')).toBe('2 Januari 2026');
    expect(formatDay('2026-01-02', 'en-GB')).toBe('2 January 2026');
  });
});

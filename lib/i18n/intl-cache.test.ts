import { describe, expect, it } from 'vitest';
import { dateTimeFormat, formatDay, listFormat, pluralRules } from './intl-cache';

describe('kept Intl objects', () => {
  it('are made once per kind, locale and options', () => {
    expect(listFormat('id', { type: 'conjunction' })).toBe(listFormat('id', { type: 'conjunction' }));
    expect(listFormat('id', { type: 'conjunction' })).not.toBe(listFormat('id', { type: 'disjunction' }));
    expect(pluralRules('en')).toBe(pluralRules('en'));
    expect(dateTimeFormat('en-GB', { dateStyle: 'long' })).not.toBe(dateTimeFormat('id-ID', { dateStyle: 'long' }));
  });

  it('format as a new one would', () => {
    expect(listFormat('id', { type: 'conjunction' }).format(['teguran', 'penurunan pangkat', 'PTDH'])).toBe(new Intl.ListFormat('id', { type: 'conjunction' }).format(['teguran', 'penurunan pangkat', 'PTDH']));
    // A calendar day is read as UTC, so it is the same day in every time zone.
    expect(formatDay('2026-01-02', 'id-ID')).toBe('2 Januari 2026');
    expect(formatDay('2026-01-02', 'en-GB')).toBe('2 January 2026');
  });
});

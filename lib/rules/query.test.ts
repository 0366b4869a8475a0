import { describe, expect, it } from 'vitest';
import { maxQueryLength, parseQuery, serializeQuery } from './query';

describe('checker query', () => {
  it('reads entries in order, with repeats, with or without the question mark', () => {
    expect(parseQuery('?actor=pns&activity=vote&actor=tni')).toEqual([
      ['actor', 'pns'],
      ['activity', 'vote'],
      ['actor', 'tni'],
    ]);
    expect(parseQuery('actor=pns')).toEqual([['actor', 'pns']]);
    expect(parseQuery('')).toEqual([]);
  });

  it('survives hostile input', () => {
    expect(parseQuery('?a=%E0%A4%A&%zz=<script>')).toEqual([
      ['a', '\uFFFD%A'],
      ['%zz', '<script>'],
    ]);
    const flood = parseQuery(`?x=${'y'.repeat(100_000)}`);
    expect(flood[0]?.[1].length).toBe(maxQueryLength - 2);
  });

  it('round-trips the facts', () => {
    const facts = [
      { fact: 'actor', value: 'pns' },
      { fact: 'activity', value: 'social_media' },
    ];
    expect(serializeQuery(facts)).toBe('?actor=pns&activity=social_media');
    expect(parseQuery(serializeQuery(facts))).toEqual([
      ['actor', 'pns'],
      ['activity', 'social_media'],
    ]);
    expect(serializeQuery([])).toBe('');
  });
});

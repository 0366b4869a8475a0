import { describe, expect, it } from 'vitest';
import { maxQueryEntries, parseQuery, unreadEntries, scenarioFromLocation, serializeFragment, serializeQuery, withActor } from './query';

describe('checker query', () => {
  it('reads entries in order, with repeats, with or without the question mark or hash', () => {
    expect(parseQuery('?actor=pns&activity=vote&actor=tni')).toEqual([
      ['actor', 'pns'],
      ['activity', 'vote'],
      ['actor', 'tni'],
    ]);
    expect(parseQuery('actor=pns')).toEqual([['actor', 'pns']]);
    expect(parseQuery('#actor=pns&activity=vote')).toEqual([
      ['actor', 'pns'],
      ['activity', 'vote'],
    ]);
    expect(parseQuery('')).toEqual([]);
    expect(parseQuery('#')).toEqual([]);
  });

  it('survives hostile input', () => {
    expect(parseQuery('?a=%E0%A4%A&%zz=<script>')).toEqual([
      ['a', '\uFFFD%A'],
      ['%zz', '<script>'],
    ]);
    // A long value is read whole (the engine clips what it shows); the scenario after it is not lost.
    const long = parseQuery(`?x=${'y'.repeat(100_000)}&actor=pns&activity=vote`);
    expect(long.map(([key]) => key)).toEqual(['x', 'actor', 'activity']);
  });

  it('reads the first entries of a flood and counts the rest exactly', () => {
    const flood = parseQuery(`#${'a=b&'.repeat(4_999)}actor=pns`);
    expect(flood).toHaveLength(maxQueryEntries + 1);
    expect(flood.at(-1)).toEqual([unreadEntries, String(5_000 - maxQueryEntries)]);
  });

  it('round-trips the facts through the query and the fragment', () => {
    const facts = [
      { fact: 'actor', value: 'pns' },
      { fact: 'activity', value: 'social_media' },
    ];
    expect(serializeQuery(facts)).toBe('?actor=pns&activity=social_media');
    expect(serializeFragment(facts)).toBe('#actor=pns&activity=social_media');
    for (const text of [serializeQuery(facts), serializeFragment(facts)])
      expect(parseQuery(text)).toEqual([
        ['actor', 'pns'],
        ['activity', 'social_media'],
      ]);
    expect(serializeQuery([])).toBe('');
    expect(serializeFragment([])).toBe('');
  });

  it('reads the fragment first, an old query otherwise, and asks to move a query into the fragment', () => {
    expect(scenarioFromLocation({ search: '', hash: '#actor=pns' })).toEqual({ text: '#actor=pns', migrate: false, anchor: false });
    expect(scenarioFromLocation({ search: '?actor=pns', hash: '' })).toEqual({ text: '?actor=pns', migrate: true, anchor: false });
    expect(scenarioFromLocation({ search: '?actor=pns', hash: '#actor=pppk' })).toEqual({ text: '#actor=pppk', migrate: true, anchor: false });
    expect(scenarioFromLocation({ search: '', hash: '' })).toEqual({ text: '', migrate: false, anchor: false });
    // The skip link's target is a place on the page, not a scenario.
    expect(scenarioFromLocation({ search: '', hash: '#main' })).toEqual({ text: '', migrate: false, anchor: true });
    expect(scenarioFromLocation({ search: '?actor=pns', hash: '#main' })).toEqual({ text: '?actor=pns', migrate: true, anchor: true });
  });

  it('carries a chosen status over to a case written for a PNS, and leaves other statuses alone', () => {
    const pns = [
      { fact: 'actor', value: 'pns' },
      { fact: 'activity', value: 'party_membership' },
    ];
    expect(withActor(pns, 'pppk')).toEqual([
      { fact: 'actor', value: 'pppk' },
      { fact: 'activity', value: 'party_membership' },
    ]);
    expect(withActor(pns, undefined)).toBe(pns);
    const police = [{ fact: 'actor', value: 'polri' }];
    expect(withActor(police, 'pppk')).toEqual(police);
  });
});

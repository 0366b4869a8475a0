import { afterEach, describe, expect, it } from 'vitest';
import { localizeDeep } from '@/lib/content/localize';
import { parseEventFragment } from '@/lib/apel/event';
import { type OptionIndex, parseProgress, readProgressForIds } from '@/lib/quiz/progress';
import { parseRoundRequest } from '@/lib/quiz/round-param';
import { evaluateScenario } from '@/lib/rules/evaluate';
import { checkerContent } from '@/lib/rules/index';
import { parseQuery, scenarioFromLocation } from '@/lib/rules/query';
import { checkerCases } from '@/lib/search/checker-cases';
import { createScenarioMatcher, guideQueries } from '@/lib/search/scenario-matcher';
import { loadSearchVocabulary } from '@/lib/search/vocabulary';
import { parseFragment } from '@/lib/selfcheck/flow';
import { loadSelfCheck } from '@/lib/selfcheck/load';
import type { SelfCheckQuestion } from '@/lib/selfcheck/types';
import { hostileStoredProgress, hostileValues } from './hostile-input';

// Every reader of a link or of stored progress, fed every hostile value: none throws, none lets an object key
// reach a prototype, and each reports what it could not use, so the page can name it.
const values = Object.entries(hostileValues);
const encoded = encodeURIComponent;
const { ruleSet } = checkerContent();
const checker = (text: string) => evaluateScenario(ruleSet, parseQuery(text));
/** Whether `value` is among the names given, which may be shortened (ending in an ellipsis) to fit a notice. */
const namedIn = (names: string[], value: string) => names.some((name) => value.startsWith(name.replace(/…$/u, '')));
const unread = (result: ReturnType<typeof checker>) => [...result.unknown.map((entry) => entry.key), ...result.ignored.map((pair) => pair.fact)];

afterEach(() => {
  expect(({} as Record<string, unknown>).polluted, 'Object.prototype polluted').toBeUndefined();
});

describe.each(values)('the hostile value %s', (_name, value) => {
  const named = value.trim() !== '';

  it('as a checker answer: no fact taken, and the value named', () => {
    const result = checker(`#actor=${encoded(value)}`);
    expect(result.facts).toEqual([]);
    if (named) expect(namedIn(result.unknown.map((entry) => entry.value), value)).toBe(true);
  });

  it('as a checker key: named, the other answers still read', () => {
    const result = checker(`#${encoded(value)}=pns&activity=vote`);
    expect(result.facts.map((pair) => pair.fact)).toContain('activity');
    if (named) expect(unread(result).length).toBeGreaterThan(0);
  });

  it('in an old checker link (query): read from the query and named', () => {
    const location = scenarioFromLocation({ search: `?actor=pns&activity=${encoded(value)}`, hash: '' });
    expect(location.migrate).toBe(true);
    const result = checker(location.text);
    expect(result.facts).toEqual([{ fact: 'actor', value: 'pns' }]);
    if (named) expect(namedIn(result.unknown.map((entry) => entry.value), value)).toBe(true);
  });

  it('flooding a checker link 300 times: bounded, the scenario still read', () => {
    const result = checker(`#${`${encoded(value.slice(0, 20))}=1&`.repeat(300)}actor=pns&activity=vote`);
    expect(result.facts).toEqual([{ fact: 'actor', value: 'pns' }, { fact: 'activity', value: 'vote' }]);
    expect(result.unknown.length).toBeLessThanOrEqual(64);
  });

  it('as a quiz round: reported back as unknown, never a round', () => {
    expect(parseRoundRequest(`?ronde=${encoded(value)}`)).toEqual({ kind: 'unknown', value });
  });

  it('as a search: plain words only, and at most a few cases', () => {
    const vocabulary = loadSearchVocabulary();
    for (const locale of ['id', 'en']) {
      for (const query of guideQueries(value, vocabulary, locale)) expect(query).toMatch(/^[\p{L}\p{N} ]*$/u);
      const matches = createScenarioMatcher(checkerCases(checkerContent(), locale), vocabulary)(value);
      expect(matches.length).toBeLessThanOrEqual(5);
    }
  });

  it('in an apel event: every field short, and no date', () => {
    const event = parseEventFragment(`#kantor=${encoded(value)}&tanggal=${encoded(value)}&acara=${encoded(value)}`);
    if (event) {
      expect(event.date).toBe('');
      for (const field of Object.values(event)) expect(field.length).toBeLessThanOrEqual(120);
    }
  });

  it('in a self-check link: named as a problem, the status still read', () => {
    const questions = localizeDeep(loadSelfCheck().questions, 'en') as SelfCheckQuestion<string>[];
    const { answers, problems } = parseFragment(questions, `#status=pns&${encoded(value)}=${encoded(value)}`);
    expect(answers.get('status')).toBe('pns');
    if (named) expect(problems.length).toBeGreaterThan(0);
  });
});

describe('stored quiz progress', () => {
  const bank: OptionIndex = new Map([['q', { options: [{ id: 'true' }, { id: 'false' }] }]]);
  it.each(hostileStoredProgress.map((entry) => [entry.stored.slice(0, 60), entry] as const))('%s', (_label, { stored, reading }) => {
    expect(parseProgress(stored, bank).status).toBe(reading);
    // The reading made before the bank has loaded (the quiz page's answer key) never accepts more.
    const early = readProgressForIds({ getItem: () => stored, setItem: () => {}, removeItem: () => {} }, new Set(['q']));
    expect(early.status).toBe(reading);
  });
});

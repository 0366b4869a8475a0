import { describe, expect, it } from 'vitest';
import { check } from './conditions';
import { acceptFacts, evaluateScenario } from './evaluate';
import type { Condition, Note, Question, Rule, RuleSet } from './types';

// A small rule set in the engine's own terms (texts are plain strings), built for these tests only.
const yesNo = (key: string): Question<string> => ({
  key,
  summary: key,
  question: key,
  help: '',
  options: [{ value: 'yes', label: 'yes' }, { value: 'no', label: 'no' }],
});
const questions: Question<string>[] = [
  { key: 'actor', summary: '', question: '', help: '', options: ['pns', 'tni'].map((value) => ({ value, label: value })) },
  { key: 'activity', summary: '', question: '', help: '', options: ['post', 'meet', 'vote'].map((value) => ({ value, label: value })) },
  yesNo('candidate'),
  yesNo('gesture'),
  yesNo('stage'),
];
const eq = (fact: string, value: string): Condition => ({ fact, operator: 'equal', value });
const rule = (id: string, verdict: Rule<string>['verdict'], when: Condition, extra: Partial<Rule<string>> = {}): Rule<string> => ({
  id,
  title: id,
  when,
  verdict,
  sanctions: [],
  refinements: [],
  violations: [],
  legalBasis: [],
  sources: [],
  explanation: '',
  instead: '',
  report: ['bawaslu'],
  lastChecked: '2026-01-01',
  ...extra,
});
const set: RuleSet<Rule<string>, Note<string>, Question<string>> = {
  questions,
  rules: [
    rule('vote', 'allowed', { all: [eq('actor', 'pns'), eq('activity', 'vote')] }),
    rule('tni', 'caution', eq('actor', 'tni')),
    rule('post-candidate', 'violation', { all: [eq('actor', 'pns'), eq('activity', 'post'), eq('candidate', 'yes')] }, {
      refinements: [
        { id: 'early', when: eq('stage', 'no'), sanctions: ['moral'], violations: [], legalBasis: [] },
        { id: 'late', when: eq('stage', 'yes'), sanctions: ['disiplin_berat'], violations: [], legalBasis: [] },
      ],
    }),
    rule('post-other', 'allowed', { all: [eq('actor', 'pns'), eq('activity', 'post'), eq('candidate', 'no')] }),
    rule('meet-gesture', 'violation', { all: [eq('actor', 'pns'), eq('activity', 'meet'), eq('gesture', 'yes')] }, { sanctions: ['disiplin_sedang'] }),
    rule('meet-plain', 'caution', { all: [eq('actor', 'pns'), eq('activity', 'meet'), eq('gesture', 'no')] }),
  ],
  notes: [{ id: 'heavy', when: eq('actor', 'pns'), ifSanctions: ['disiplin_berat'], text: 'heavy', status: 'verified' }],
};
const today = '2026-06-01';
const run = (facts: Record<string, string>) => evaluateScenario(set, facts, { today });

describe('three-valued conditions', () => {
  const facts = new Map([['a', 'x']]);
  it.each<[string, Condition, boolean | undefined]>([
    ['a known leaf that holds', eq('a', 'x'), true],
    ['a known leaf that fails', eq('a', 'y'), false],
    ['an unknown leaf', eq('b', 'x'), undefined],
    ['in', { fact: 'a', operator: 'in', value: ['y', 'x'] }, true],
    ['notIn', { fact: 'a', operator: 'notIn', value: ['x'] }, false],
    ['notEqual', { fact: 'a', operator: 'notEqual', value: 'y' }, true],
    ['all with a false part, whatever is unknown', { all: [eq('b', 'x'), eq('a', 'y')] }, false],
    ['all with an unknown part', { all: [eq('a', 'x'), eq('b', 'x')] }, undefined],
    ['any with a true part, whatever is unknown', { any: [eq('b', 'x'), eq('a', 'x')] }, true],
    ['any with only false and unknown parts', { any: [eq('a', 'y'), eq('b', 'x')] }, undefined],
    ['not of a known part', { not: eq('a', 'x') }, false],
    ['not of an unknown part', { not: eq('b', 'x') }, undefined],
  ])('%s', (_name, condition, expected) => {
    expect(check(condition, facts)).toBe(expected);
  });
});

describe('evaluateScenario', () => {
  it.each<[string, Record<string, string>, string, string[]]>([
    ['nothing known', {}, 'incomplete', ['actor', 'activity']],
    ['a settled allowed', { actor: 'pns', activity: 'vote' }, 'allowed', []],
    ['a verdict for any activity', { actor: 'tni' }, 'caution', []],
    ['a fact still open', { actor: 'pns', activity: 'post' }, 'incomplete', ['candidate']],
    ['the heavier verdict wins', { actor: 'pns', activity: 'meet', gesture: 'yes' }, 'violation', []],
    ['a caution', { actor: 'pns', activity: 'meet', gesture: 'no' }, 'caution', []],
  ])('%s', (_name, facts, verdict, missing) => {
    const result = run(facts);
    expect(result.verdict).toBe(verdict);
    expect(result.missing).toEqual(missing);
  });

  it('answers before the sanction is known, then asks what sharpens it', () => {
    const result = run({ actor: 'pns', activity: 'post', candidate: 'yes' });
    expect(result.verdict).toBe('violation');
    expect(result.missing).toEqual([]);
    expect(result.sharpen).toEqual(['stage']);
    expect(result.sanctions).toEqual([]);
    expect(result.possibleSanctions).toEqual(['moral', 'disiplin_berat']);
    expect(result.notes.map((note) => note.id)).toEqual(['heavy']);
  });

  it('adds the sanction of the refinement that holds, with the facts behind it', () => {
    const result = run({ actor: 'pns', activity: 'post', candidate: 'yes', stage: 'no' });
    expect(result.sanctions).toEqual(['moral']);
    expect(result.possibleSanctions).toEqual([]);
    expect(result.sharpen).toEqual([]);
    expect(result.notes).toEqual([]);
    const [hit] = result.rules;
    expect(hit?.rule.id).toBe('post-candidate');
    expect(hit?.because).toEqual([
      { fact: 'actor', value: 'pns' },
      { fact: 'activity', value: 'post' },
      { fact: 'candidate', value: 'yes' },
    ]);
    expect(hit?.refinements.map(({ refinement, because }) => [refinement.id, because])).toEqual([['early', [{ fact: 'stage', value: 'no' }]]]);
  });

  it('ignores valid facts of another activity and says so', () => {
    const result = run({ actor: 'pns', activity: 'vote', gesture: 'yes' });
    expect(result.verdict).toBe('allowed');
    expect(result.ignored).toEqual([{ fact: 'gesture', value: 'yes' }]);
    expect(result.facts).toEqual([
      { fact: 'actor', value: 'pns' },
      { fact: 'activity', value: 'vote' },
    ]);
  });

  it('reports a settled verdict with the rules that will explain it', () => {
    const pendingSet: RuleSet<Rule<string>, Note<string>, Question<string>> = {
      questions,
      notes: [],
      rules: [
        rule('a', 'violation', { all: [eq('activity', 'post'), eq('gesture', 'yes')] }),
        rule('b', 'violation', { all: [eq('activity', 'post'), eq('gesture', 'no')] }),
      ],
    };
    const result = evaluateScenario(pendingSet, { activity: 'post' }, { today });
    expect(result.verdict).toBe('violation');
    expect(result.rules.map((hit) => [hit.rule.id, hit.pending])).toEqual([
      ['a', true],
      ['b', true],
    ]);
    expect(result.sharpen).toEqual(['gesture']);
  });

  it('skips rules outside their dates', () => {
    const dated: RuleSet<Rule<string>, Note<string>, Question<string>> = { ...set, rules: set.rules.map((r) => (r.id === 'vote' ? { ...r, validTo: '2026-01-31' } : r)) };
    expect(evaluateScenario(dated, { actor: 'pns', activity: 'vote' }, { today: '2026-01-31' }).verdict).toBe('allowed');
    const after = evaluateScenario(dated, { actor: 'pns', activity: 'vote' }, { today: '2026-02-01' });
    expect(after.verdict).toBe('caution');
    expect(after.uncovered).toBe(true);
  });
});

describe('bad input', () => {
  it.each<[string, [string, unknown][], object[]]>([
    ['an unknown key', [['colour', 'red']], [{ key: 'colour', value: 'red', reason: 'key' }]],
    ['an unknown value', [['actor', 'robot']], [{ key: 'actor', value: 'robot', reason: 'value' }]],
    ['a repeated key with another value', [['actor', 'pns'], ['actor', 'tni']], [{ key: 'actor', value: 'tni', reason: 'repeated' }]],
    ['a repeated key with the same value', [['actor', 'pns'], ['actor', 'pns']], []],
    ['markup', [['<b>', '<script>']], [{ key: '<b>', value: '<script>', reason: 'key' }]],
    ['a very long value', [['actor', 'x'.repeat(10_000)]], [{ key: 'actor', value: `${'x'.repeat(60)}…`, reason: 'value' }]],
    ['a value that is not a string', [['actor', 42]], [{ key: 'actor', value: '42', reason: 'value' }]],
    ['a prototype key', [['__proto__', 'x'], ['constructor', 'y']], [{ key: '__proto__', value: 'x', reason: 'key' }, { key: 'constructor', value: 'y', reason: 'key' }]],
  ])('%s is reported back, never dropped', (_name, entries, unknown) => {
    expect(acceptFacts(questions, entries).unknown).toEqual(unknown);
  });

  it('counts a flood of entries as excess', () => {
    const entries = Array.from({ length: 500 }, (_, index) => [`k${index}`, 'v'] as [string, string]);
    const { unknown } = acceptFacts(questions, entries, 40);
    expect(unknown).toHaveLength(41);
    expect(unknown.at(-1)).toEqual({ key: '…', value: '460', reason: 'excess' });
  });

  it('reads the scenario wherever it stands in a flood, and merges a repeated entry into one notice', () => {
    const junk = Array.from({ length: 3_000 }, () => ['actor', 'tni'] as [string, string]);
    const { facts, unknown } = acceptFacts(questions, [['actor', 'pns'], ...junk, ['activity', 'vote']], 40);
    expect(Object.fromEntries(facts)).toEqual({ actor: 'pns', activity: 'vote' });
    expect(unknown).toEqual([{ key: 'actor', value: 'tni', reason: 'repeated', times: 3_000 }]);
  });

  it('adds the entries the address parser did not read to the count', () => {
    const { unknown } = acceptFacts(questions, [['actor', 'pns'], ['…', '4960']], 40);
    expect(unknown).toEqual([{ key: '…', value: '4960', reason: 'excess' }]);
  });

  it('never throws, whatever it is given', () => {
    const odd: unknown[] = [null, undefined, 42, 'actor=pns', [], [['actor']], { actor: null }, { actor: { toString: null } }];
    for (const input of odd) expect(() => evaluateScenario(set, input as Record<string, string>, { today })).not.toThrow();
  });
});

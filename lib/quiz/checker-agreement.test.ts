import { describe, expect, it } from 'vitest';
import { evaluate } from '@/lib/rules/index';
import type { ScenarioQuestion } from './bank-schema';
import { loadQuizBank } from './load-bank';

// Every "allowed or not?" question states its case in the checker's vocabulary; the checker must reach the
// keyed verdict, so that the quiz and the checker never teach different answers.
const scenarios = loadQuizBank().filter((question): question is ScenarioQuestion => question.kind === 'scenario');

describe('quiz and scenario checker agree', () => {
  it('has scenario questions for every verdict', () => {
    expect(new Set(scenarios.map((question) => question.answer))).toEqual(new Set(['allowed', 'violation', 'caution']));
  });

  it.each(scenarios.map((question) => [question.id, question] as const))('%s', (_, question) => {
    const result = evaluate(question.facts);
    expect(result.unknown, 'facts the checker does not know').toEqual([]);
    expect(result.verdict).toBe(question.answer);
  });
});

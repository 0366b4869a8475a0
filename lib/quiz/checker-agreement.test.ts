import { describe, expect, it } from 'vitest';
import { evaluate } from '@/lib/rules/index';
import { scenarioVocabulary } from '@/lib/rules/vocabulary';
import type { ScenarioQuestion } from './bank-schema';
import { loadQuizBank } from './load-bank';

// Every "allowed or not?" question states its case in the checker's vocabulary; the checker must reach the
// keyed verdict, so that the quiz and the checker never teach different answers.
const scenarios = loadQuizBank().filter((question): question is ScenarioQuestion => question.kind === 'scenario');

describe('quiz and scenario checker agree', () => {
  it('has scenario questions for every verdict', () => {
    expect(new Set(scenarios.map((question) => question.answer))).toEqual(new Set(['allowed', 'violation', 'caution']));
  });

  it('asks at least one question about every activity the checker knows', () => {
    const asked = new Set(scenarios.map((question) => question.facts.activity));
    expect(scenarioVocabulary.activity.filter((activity) => !asked.has(activity))).toEqual([]);
  });

  it.each(scenarios.map((question) => [question.id, question] as const))('%s', (_, question) => {
    const result = evaluate(question.facts);
    expect(result.unknown, 'facts the checker does not know').toEqual([]);
    expect(result.verdict).toBe(question.answer);
  });
});

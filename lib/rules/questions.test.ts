import { describe, expect, it } from 'vitest';
import { check, referencedFacts } from './conditions';
import { evaluateScenario } from './evaluate';
import { checkerContent } from './index';

const { ruleSet } = checkerContent();
const today = '2026-11-22';
const order = ruleSet.questions.map((question) => question.key);
const optionsOf = (key: string) => ruleSet.questions.find((question) => question.key === key)?.options.map((o) => o.value) ?? [];
const pairs = optionsOf('actor').flatMap((actor) => optionsOf('activity').map((activity) => ({ actor, activity })));

/** The facts the rules that can apply to this actor and activity mention in their conditions. */
function verdictFactsOf(actor: string, activity: string): string[] {
  const known = new Map([['actor', actor], ['activity', activity]]);
  const keys = new Set<string>();
  for (const rule of ruleSet.rules) if (check(rule.when, known) !== false) for (const key of referencedFacts(rule.when)) keys.add(key);
  keys.delete('actor');
  keys.delete('activity');
  return order.filter((key) => keys.has(key));
}

describe('asking order', () => {
  it.each(pairs.map(({ actor, activity }) => [`${actor} / ${activity}`, actor, activity] as const))(
    '%s: following the questions always ends in a verdict, asking only open facts in the stable order',
    (_name, actor, activity) => {
      const walk = (facts: Record<string, string>, depth: number) => {
        const result = evaluateScenario(ruleSet, facts, { today });
        expect(result.unknown).toEqual([]);
        expect(result.uncovered, JSON.stringify(facts)).toBe(false);
        if (result.verdict !== 'incomplete') return;
        expect(depth, JSON.stringify(facts)).toBeLessThan(8);
        expect(result.missing.length, JSON.stringify(facts)).toBeGreaterThan(0);
        expect(result.missing).toEqual(order.filter((key) => result.missing.includes(key)));
        const [next] = result.missing as [string];
        expect(facts[next]).toBeUndefined();
        for (const value of optionsOf(next)) walk({ ...facts, [next]: value }, depth + 1);
      };
      walk({ actor, activity }, 0);
    },
  );

  it('never holds the verdict back for a fact that only sharpens the sanction', () => {
    for (const { actor, activity } of pairs) {
      const verdictFacts = new Set(verdictFactsOf(actor, activity));
      const start = evaluateScenario(ruleSet, { actor, activity }, { today });
      expect(start.missing.filter((key) => !verdictFacts.has(key)), `${actor} / ${activity}`).toEqual([]);
    }
    // The sharpening facts of the vocabulary are never asked before the verdict for an ASN.
    for (const activity of optionsOf('activity')) {
      const start = evaluateScenario(ruleSet, { actor: 'pns', activity }, { today });
      expect(start.missing.filter((key) => ['target_stage', 'holds_position'].includes(key)), activity).toEqual([]);
    }
  });

  it('asks who and what first, then the facts of the chosen activity', () => {
    expect(evaluateScenario(ruleSet, {}, { today }).missing).toEqual(['actor', 'activity']);
    expect(evaluateScenario(ruleSet, { actor: 'pns', activity: 'photo_with_candidate' }, { today }).missing).toEqual(['gesture']);
    expect(evaluateScenario(ruleSet, { actor: 'pns', activity: 'religious_event', candidate_campaigns: 'yes' }, { today }).missing).toEqual(['stays']);
  });

  it('after the verdict, offers the facts that sharpen the sanction', () => {
    const result = evaluateScenario(ruleSet, { actor: 'pns', activity: 'campaign_team' }, { today });
    expect(result.verdict).toBe('violation');
    expect(result.sharpen).toEqual(['election', 'target_stage']);
    const decision = evaluateScenario(ruleSet, { actor: 'pns', activity: 'official_decision' }, { today });
    expect(decision.sharpen).toEqual(['election', 'holds_position']);
  });

  it('has a rule for every complete answer (no gaps)', () => {
    for (const { actor, activity } of pairs) {
      const keys = verdictFactsOf(actor, activity);
      const combos = keys.reduce<Record<string, string>[]>(
        (all, key) => all.flatMap((facts) => optionsOf(key).map((value) => ({ ...facts, [key]: value }))),
        [{ actor, activity }],
      );
      for (const facts of combos) {
        const result = evaluateScenario(ruleSet, facts, { today });
        expect(result.verdict, JSON.stringify(facts)).not.toBe('incomplete');
        expect(result.uncovered, JSON.stringify(facts)).toBe(false);
        expect(result.rules.filter((hit) => hit.rule.verdict === result.verdict && !hit.pending).length, JSON.stringify(facts)).toBeGreaterThan(0);
      }
    }
  });
});

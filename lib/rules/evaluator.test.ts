import { describe, expect, it } from 'vitest';
import { evaluateScenario, prepareRules } from './evaluate';
import { scenarioEvaluator } from './evaluator';
import { checkerContent } from './index';

const { ruleSet } = checkerContent();
const today = '2026-12-01';

describe('scenarioEvaluator', () => {
  it('gives what the engine gives, and the same result when an address is read back', () => {
    const evaluate = scenarioEvaluator(ruleSet, { today });
    const first = evaluate('#sm_target=candidate&actor=pns&activity=social_media');
    expect(first).toEqual(evaluateScenario(ruleSet, [['sm_target', 'candidate'], ['actor', 'pns'], ['activity', 'social_media']], { today }));
    // The clean address lists the facts in asking order: the checker writes it and then reads it back.
    expect(evaluate('#actor=pns&activity=social_media&sm_target=candidate')).toBe(first);
  });

  it('does not hand a clean address the result of a scenario whose facts were dropped (it carries their notice)', () => {
    const evaluate = scenarioEvaluator(ruleSet, { today });
    const dropped = evaluate('#actor=pns&activity=vote&sm_target=candidate');
    expect(dropped.ignored).toEqual([{ fact: 'sm_target', value: 'candidate' }]);
    const clean = evaluate('#actor=pns&activity=vote');
    expect(clean).not.toBe(dropped);
    expect(clean.ignored).toEqual([]);
  });

  it('keeps answering right after more scenarios than it remembers', () => {
    const evaluate = scenarioEvaluator(ruleSet, { today });
    const actors = ruleSet.questions.find((question) => question.key === 'actor')?.options.map((option) => option.value) ?? [];
    for (let round = 0; round < 20; round += 1) for (const actor of actors) expect(evaluate(`#actor=${actor}&x${round}=1`).facts).toEqual([{ fact: 'actor', value: actor }]);
  });

  it('answers the same whether the rules were prepared ahead (as the page does while idle) or as they are met', () => {
    // Prepared work is kept per rule object: two copies of the rules, one prepared ahead and one left cold.
    const warm = structuredClone(ruleSet);
    const cold = structuredClone(ruleSet);
    prepareRules(warm);
    const scenarios: [string, string][][] = [[], [['actor', 'pppk']], [['actor', 'pppk'], ['activity', 'social_media']], [['actor', 'pns'], ['activity', 'social_media'], ['sm_target', 'candidate'], ['sm_action', 'like']]];
    for (const facts of scenarios) expect(evaluateScenario(warm, facts, { today })).toEqual(evaluateScenario(cold, facts, { today }));
  });
});

import { describe, expect, it } from 'vitest';
import { evaluateScenario, type SearchStats } from './evaluate';
import { checkerContent } from './index';

// The next-question search must stay bounded as the rules grow (Issue 11: every partial scenario a reader can
// reach answers within about 1 ms). Time is noisy on a shared machine, so this test counts the work instead:
// the rule conditions checked and the settled branches of the search, for every scenario the questions lead to.
const { ruleSet } = checkerContent();
const today = '2026-12-01';
const optionsOf = (key: string) => ruleSet.questions.find((question) => question.key === key)?.options.map((o) => o.value) ?? [];
const rules = ruleSet.rules.length;
const activities = optionsOf('activity').length;

/** Every scenario reached by answering the checker's next question, including the optional sharpening ones. */
function reachable(): { facts: Record<string, string>; stats: SearchStats }[] {
  const seen = new Map<string, { facts: Record<string, string>; stats: SearchStats }>();
  const queue: Record<string, string>[] = [{}];
  while (queue.length) {
    const facts = queue.pop() as Record<string, string>;
    const key = JSON.stringify(facts);
    if (seen.has(key)) continue;
    const stats = { checks: 0, branches: 0 };
    const result = evaluateScenario(ruleSet, facts, { today, stats });
    seen.set(key, { facts, stats });
    const next = result.verdict === 'incomplete' ? result.missing[0] : result.sharpen[0];
    if (next) for (const value of optionsOf(next)) queue.push({ ...facts, [next]: value });
  }
  return [...seen.values()];
}

describe('next-question search', () => {
  const states = reachable();

  it('reaches many scenarios (the walk is real)', () => {
    expect(states.length).toBeGreaterThan(500);
  });

  it('checks each rule about once per activity at most, before who and what are known', () => {
    for (const { facts, stats } of states) {
      expect(stats.checks, JSON.stringify(facts)).toBeLessThanOrEqual(rules * (activities + 10));
      expect(stats.branches, JSON.stringify(facts)).toBeLessThanOrEqual(activities * 5);
    }
  });

  it('checks each rule at most twice once the activity is known', () => {
    for (const { facts, stats } of states.filter((state) => state.facts.activity))
      expect(stats.checks, JSON.stringify(facts)).toBeLessThanOrEqual(2 * rules);
  });

  it('counts the same work for the same scenario (deterministic)', () => {
    for (const { facts, stats } of states.slice(0, 50)) {
      const again = { checks: 0, branches: 0 };
      evaluateScenario(ruleSet, facts, { today, stats: again });
      expect(again, JSON.stringify(facts)).toEqual(stats);
    }
  });
});

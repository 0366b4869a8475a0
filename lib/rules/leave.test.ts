import { describe, expect, it } from 'vitest';
import { check, referencedFacts } from './conditions';
import { evaluateScenario } from './evaluate';
import { checkerContent } from './index';

// CLTN (unpaid leave outside state responsibility) is open only to a PNS with 5 or more years of service
// (content/checker/notes.json and the leave rules of content/rules/candidacy.json, with their sources): for a PPPK, a CPNS, honorary staff or a PNS under 5 years, "on leave" cannot be true, so
// the checker must judge the act as done without leave and never reach "allowed" through leave.
const { ruleSet } = checkerContent();
const today = '2026-12-01';
const optionsOf = (key: string) => ruleSet.questions.find((question) => question.key === key)?.options.map((o) => o.value) ?? [];
const order = ruleSet.questions.map((question) => question.key);

const withoutCltn: Record<string, string>[] = [
  { actor: 'pppk' },
  { actor: 'cpns' },
  { actor: 'non_asn' },
  { actor: 'pns', service_years: 'under_5' },
];
const leaveActivities = optionsOf('activity').filter((activity) =>
  ruleSet.rules.some((rule) => check(rule.when, new Map([['activity', activity]])) !== false && referencedFacts(rule.when).includes('on_leave')),
);

/** Every complete answer for these facts: all values of the facts the rules that can apply mention. */
function completions(base: Record<string, string>): Record<string, string>[] {
  const known = new Map(Object.entries(base));
  const keys = new Set<string>();
  for (const rule of ruleSet.rules) if (check(rule.when, known) !== false) for (const key of referencedFacts(rule.when)) keys.add(key);
  return order
    .filter((key) => keys.has(key) && !(key in base))
    .reduce<Record<string, string>[]>((all, key) => all.flatMap((facts) => optionsOf(key).map((value) => ({ ...facts, [key]: value }))), [base]);
}

describe('no CLTN route without CLTN eligibility', () => {
  it('covers the activities where leave matters', () => {
    expect(leaveActivities).toEqual(expect.arrayContaining(['seek_own_candidacy', 'declare_own_candidacy', 'spouse_campaign']));
  });

  for (const who of withoutCltn)
    for (const activity of leaveActivities)
      it(`${JSON.stringify(who)} / ${activity}: "on leave" gives the same verdict as "not on leave", never allowed through leave`, () => {
        const cases = completions({ ...who, activity, on_leave: 'yes' });
        expect(cases.length).toBeGreaterThan(0);
        for (const facts of cases) {
          const onLeave = evaluateScenario(ruleSet, facts, { today });
          const without = evaluateScenario(ruleSet, { ...facts, on_leave: 'no' }, { today });
          const name = JSON.stringify(facts);
          expect(onLeave.verdict, name).toBe(without.verdict);
          const allowedByLeave = onLeave.rules.filter((hit) => hit.rule.verdict === 'allowed' && referencedFacts(hit.rule.when).includes('on_leave'));
          expect(allowedByLeave.map((hit) => hit.rule.id), name).toEqual([]);
          // Running for village head needs the PPK's permission, not leave: the only allowed route left.
          if (onLeave.verdict === 'allowed') expect(facts.office_sought, name).toBe('village_head');
          // The answer says in words why the leave does not count (honorary staff get the no-direct-ruling answer).
          if (who.actor !== 'non_asn' && facts.office_sought !== 'village_head')
            expect(onLeave.notes.map((note) => note.id), name).toContain('leave-claimed-without-cltn');
        }
      });

  it('still allows a PNS with 5 or more years on CLTN to accompany a candidate spouse passively', () => {
    const facts = { actor: 'pns', activity: 'spouse_campaign', service_years: '5_or_more', on_leave: 'yes', participation: 'passive', attributes: 'none', state_facilities: 'no' };
    expect(evaluateScenario(ruleSet, facts, { today }).verdict).toBe('allowed');
  });

  it('never asks about leave where it cannot count', () => {
    for (const who of withoutCltn)
      for (const activity of leaveActivities) {
        const walk = (facts: Record<string, string>) => {
          const result = evaluateScenario(ruleSet, facts, { today });
          expect(result.missing, JSON.stringify(facts)).not.toContain('on_leave');
          const [next] = result.missing;
          if (next) for (const value of optionsOf(next)) walk({ ...facts, [next]: value });
        };
        walk({ ...who, activity });
      }
  });
});

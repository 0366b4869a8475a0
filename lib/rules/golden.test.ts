import { describe, expect, it } from 'vitest';
import { checkerContent, evaluate, loadGoldenCases } from './index';

const cases = loadGoldenCases();
const { ruleSet } = checkerContent();
const today = '2026-11-22';

describe('golden cases (content/checker/golden-cases.json)', () => {
  it('are at least 80', () => {
    expect(cases.length).toBeGreaterThanOrEqual(80);
  });

  it.each(cases.map((golden) => [golden.name, golden] as const))('%s', (_name, golden) => {
    const result = evaluate(golden.facts, { today });
    expect(result.verdict).toBe(golden.verdict);
    if (golden.sanctions) expect([...result.sanctions].sort()).toEqual([...golden.sanctions].sort());
    if (golden.rules) expect(result.rules.map((rule) => rule.id)).toEqual(expect.arrayContaining(golden.rules));
    if (golden.possibleSanctions) expect([...result.possibleSanctions].sort()).toEqual([...golden.possibleSanctions].sort());
    if (golden.notRules) expect(result.rules.map((rule) => rule.id).filter((id) => golden.notRules?.includes(id))).toEqual([]);
    if (golden.notes) expect(result.notes.map((note) => note.id)).toEqual(expect.arrayContaining(golden.notes));
    if (golden.missing) expect(result.missing.slice(0, golden.missing.length)).toEqual(golden.missing);
    expect(result.uncovered).toBe(false);
  });

  it('fire every rule at least once', () => {
    const fired = new Set(cases.flatMap((golden) => evaluate(golden.facts, { today }).rules.filter((rule) => !rule.pending).map((rule) => rule.id)));
    expect(ruleSet.rules.map((rule) => rule.id).filter((id) => !fired.has(id))).toEqual([]);
  });

  it('cover every activity and every actor', () => {
    for (const key of ['actor', 'activity']) {
      const values = ruleSet.questions.find((question) => question.key === key)?.options.map((option) => option.value) ?? [];
      const used = new Set(cases.map((golden) => golden.facts[key]));
      expect(values.filter((value) => !used.has(value)), key).toEqual([]);
    }
  });

  it('include every example row of the scenario vocabulary', () => {
    const examples: [Record<string, string>, string][] = [
      [{ actor: 'pns', activity: 'vote' }, 'allowed'],
      [{ actor: 'polri', activity: 'vote', election: 'pemilu' }, 'violation'],
      [{ actor: 'pns', activity: 'social_media', sm_action: 'like', sm_target: 'candidate' }, 'violation'],
      [{ actor: 'pppk', activity: 'social_media', sm_action: 'share', sm_target: 'official_info' }, 'allowed'],
      [{ actor: 'pns', activity: 'party_membership', party_role: 'member' }, 'violation'],
      [{ actor: 'pns', activity: 'speak_at_party_event', duty_letter: 'yes' }, 'allowed'],
      [{ actor: 'pns', activity: 'religious_event', candidate_campaigns: 'no' }, 'allowed'],
      [{ actor: 'pns', activity: 'attend_campaign' }, 'incomplete'],
      [{ actor: 'non_asn', activity: 'campaign_team' }, 'violation'],
      [{ actor: 'polri', activity: 'vote', election: 'pilkada' }, 'violation'],
      [{ actor: 'pns', activity: 'become_candidate', office_sought: 'dpr_dprd', resigned: 'no' }, 'violation'],
      [{ actor: 'pns', activity: 'election_staff', permission: 'yes' }, 'allowed'],
      [{ actor: 'pns', activity: 'party_witness' }, 'violation'],
      [{ actor: 'pns', activity: 'social_media', sm_action: 'like', sm_target: 'candidate', target_stage: 'prospective' }, 'violation'],
      [{ actor: 'pppk', activity: 'spouse_campaign', on_leave: 'yes' }, 'violation'],
    ];
    for (const [facts, verdict] of examples) {
      expect(cases.some((golden) => JSON.stringify(golden.facts) === JSON.stringify(facts) && golden.verdict === verdict), JSON.stringify(facts)).toBe(true);
    }
    expect(evaluate({ actor: 'pns', activity: 'party_membership', party_role: 'member' }).sanctions).toContain('ptdh');
    expect(evaluate({ actor: 'pns', activity: 'attend_campaign' }).missing[0]).toBe('participation');
    // Contract rows with a verdict other than a plain value.
    expect(evaluate({ actor: 'non_asn', activity: 'campaign_team' }).sanctions).toContain('kontrak');
    expect(evaluate({ actor: 'pppk', activity: 'spouse_campaign', on_leave: 'yes' }).verdict).not.toBe('allowed');
    const prospective = evaluate({ actor: 'pns', activity: 'social_media', sm_action: 'like', sm_target: 'candidate', target_stage: 'prospective' });
    expect(prospective.possibleSanctions).toEqual(expect.arrayContaining(['moral', 'disiplin_berat']));
    expect(prospective.sanctions).not.toContain('moral');
    expect(prospective.rules.flatMap((rule) => rule.uncertain).length).toBeGreaterThan(0);
    // The command line and the tests see the dates and criminal provisions too.
    const team = evaluate({ actor: 'pns', activity: 'campaign_team', election: 'pemilu' }).rules.find((rule) => rule.id === 'campaign-team-asn');
    expect(team?.penalties).toEqual(['uu-7-2017-pasal-494']);
    expect(team?.changes.map((change) => change.date)).toEqual(['2026-01-02']);
    expect(evaluate({ actor: 'pns', activity: 'use_state_facilities' }).rules[0]?.inForceSince).toBe('2021-08-31');
  });
});

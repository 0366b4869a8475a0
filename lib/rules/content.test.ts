import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkerContent, evaluate } from './index';
import { loadCheckerContent } from './load';

const content = checkerContent();

/** The public vocabulary of scenario-facts.md (a contract): every key and value must be accepted. */
const contract: Record<string, string[]> = {
  actor: ['pns', 'cpns', 'pppk', 'tni', 'polri', 'non_asn'],
  activity: [
    'vote', 'social_media', 'photo_with_candidate', 'attend_declaration', 'attend_campaign', 'campaign_team',
    'speak_at_party_event', 'seek_own_candidacy', 'declare_own_candidacy', 'become_candidate', 'install_banner',
    'partisan_gathering', 'support_independent_candidate', 'spouse_campaign', 'use_state_facilities',
    'official_decision', 'party_membership', 'ormas_membership', 'religious_event',
  ],
  election: ['pemilu', 'pilkada'],
  target_stage: ['prospective', 'candidate', 'party'],
  holds_position: ['yes', 'no'],
  sm_action: ['post', 'comment', 'share', 'like', 'follow', 'join_group'],
  sm_target: ['candidate', 'party', 'campaign_team', 'official_info'],
  participation: ['passive', 'active'],
  attributes: ['none', 'civil_service', 'party', 'candidate'],
  mobilize: ['yes', 'no'],
  state_facilities: ['yes', 'no'],
  gesture: ['yes', 'no'],
  posted: ['yes', 'no'],
  duty_letter: ['yes', 'no'],
  on_leave: ['yes', 'no'],
  resigned: ['yes', 'no'],
  party_role: ['member', 'officer'],
  ormas_party_affiliated: ['yes', 'no', 'unknown'],
  candidate_campaigns: ['yes', 'no'],
  stays: ['yes', 'no'],
};

/** Ids fixed in the shared contracts (instruments, seed sources); the violation ids are checked by pattern in the schema. */
const contractInstruments = [
  'uu-5-2014', 'uu-20-2023', 'pp-94-2021', 'pp-42-2004', 'pp-11-2017', 'pp-49-2018', 'pp-53-2010', 'skb-2020', 'skb-2022',
  'uu-7-2017', 'uu-10-2016', 'menpanrb-b36-2018', 'se-menpanrb-4-2024', 'perpres-91-2024', 'perpres-92-2024',
  'mk-121-puu-xxii-2024', 'mk-136-puu-xxii-2024',
];
const seedSources = ['seed-jateng-2023', 'seed-kobar-2022', 'seed-pekalongan-2023', 'seed-skb-16-2024', 'seed-kasn-jogja-2023'];

describe('checker content', () => {
  it('speaks exactly the contract vocabulary', () => {
    const vocabulary = Object.fromEntries(content.ruleSet.questions.map((question) => [question.key, question.options.map((o) => o.value)]));
    expect(Object.keys(vocabulary).sort()).toEqual(Object.keys(contract).sort());
    for (const [key, values] of Object.entries(contract)) expect(vocabulary[key]?.slice().sort(), key).toEqual(values.slice().sort());
  });

  it('refers only to known instruments and sources', () => {
    const rules = content.ruleSet.rules;
    const instruments = rules.flatMap((rule) => [...rule.legalBasis, ...rule.refinements.flatMap((r) => r.legalBasis)].map((b) => b.instrument));
    expect(instruments.filter((id) => !contractInstruments.includes(id))).toEqual([]);
    const sources = [...rules.flatMap((rule) => rule.sources ?? []), ...content.scenarios.flatMap((s) => s.sources)];
    expect(sources.filter((id) => !seedSources.includes(id))).toEqual([]);
  });

  it('marks every uncertain citation in the output', () => {
    for (const rule of content.ruleSet.rules) {
      const shaky = rule.legalBasis.some((basis) => basis.status === 'unconfirmed' || basis.status === 'conflicting');
      if (shaky) expect(rule.uncertain, rule.id).toBeDefined();
    }
  });

  it('gives every gallery case a verdict or a next question, with no unknown facts', () => {
    const gallery = content.scenarios.filter((scenario) => scenario.gallery);
    expect(gallery.length).toBeGreaterThanOrEqual(10);
    for (const scenario of content.scenarios) {
      const result = evaluate(scenario.facts);
      expect(result.unknown, scenario.id).toEqual([]);
      expect(result.ignored, scenario.id).toEqual([]);
      expect(result.verdict === 'incomplete' ? result.missing.length : result.rules.length, scenario.id).toBeGreaterThan(0);
    }
  });

  it('stops the build on a bad rule, naming the file and the field', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'checker-'));
    cpSync(path.join(process.cwd(), 'content', 'checker'), path.join(root, 'content', 'checker'), { recursive: true });
    cpSync(path.join(process.cwd(), 'content', 'rules'), path.join(root, 'content', 'rules'), { recursive: true });
    const bad = JSON.parse(JSON.stringify({ rules: [content.ruleSet.rules[0]] }));
    bad.rules[0].id = 'bad-rule';
    bad.rules[0].when = { all: [{ fact: 'actor', operator: 'equal', value: 'robot' }] };
    writeFileSync(path.join(root, 'content', 'rules', 'zz-bad.json'), JSON.stringify(bad));
    expect(() => loadCheckerContent(root)).toThrow(/content\/rules\/zz-bad\.json: rules\.0\.when\.all\.0\.value: "robot" is not a value of "actor"/);
    bad.rules[0].verdict = 'maybe';
    writeFileSync(path.join(root, 'content', 'rules', 'zz-bad.json'), JSON.stringify(bad));
    expect(() => loadCheckerContent(root)).toThrow(/content\/rules\/zz-bad\.json: rules\.0\.verdict/);
  });
});

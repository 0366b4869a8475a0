import { describe, expect, it } from 'vitest';
import { content as allContent } from '@/lib/content/load';
import { findOldPenalties } from '@/lib/content/old-penalty';
import { parseContent } from '@/lib/content/validate';
import { checkerContent, evaluate } from './index';
import { checkCheckerContent } from './load';
import { checkCheckerReferences, type KnownIds } from './references';
import { ruleFileSchema } from './schema';
import { scenarioVocabulary } from './vocabulary';

const content = checkerContent();

function knownIds(): KnownIds {
  const { catalog, penalties } = allContent();
  return {
    instruments: new Set(catalog.instruments.map((item) => item.id)),
    sources: new Set(catalog.sources.map((item) => item.id)),
    violations: new Set(catalog.violations.map((item) => item.id)),
    sanctions: new Set<string>(catalog.sanctions.map((item) => item.code)),
    penalties: new Set(penalties.map((item) => item.id)),
  };
}

/** The published scenario vocabulary (lib/rules/vocabulary.ts, docs/scenario-vocabulary.md): every key and value must be accepted. */
const contract: Record<string, readonly string[]> = scenarioVocabulary;

describe('checker content', () => {
  it('speaks exactly the contract vocabulary', () => {
    const vocabulary = Object.fromEntries(content.ruleSet.questions.map((question) => [question.key, question.options.map((o) => o.value)]));
    expect(Object.keys(vocabulary).sort()).toEqual(Object.keys(contract).sort());
    for (const [key, values] of Object.entries(contract)) expect(vocabulary[key]?.slice().sort(), key).toEqual(values.slice().sort());
  });

  it('refers only to ids of the structured legal content (instruments, violation types, sanctions, penalties, sources)', () => {
    expect(checkCheckerReferences(content, knownIds())).toEqual([]);
    const parts = content.ruleSet.rules.flatMap((rule) => [rule, ...rule.refinements]);
    // The check has something to check: every kind of reference is used.
    expect(parts.some((part) => part.penalties?.length)).toBe(true);
    expect(content.ruleSet.rules.some((rule) => rule.changes?.length)).toBe(true);
  });

  it('reports a reference that does not resolve, naming the file and field', () => {
    const rule = content.ruleSet.rules.find((candidate) => candidate.penalties?.length) as (typeof content.ruleSet.rules)[number];
    const broken = {
      ...content,
      ruleSet: { ...content.ruleSet, rules: [{ ...rule, penalties: ['uu-7-2017-pasal-999'], sources: ['no-such-source'] }] },
    };
    const problems = checkCheckerReferences(broken, knownIds());
    expect(problems).toContainEqual(expect.stringMatching(/^content\/rules\/[a-z-]+\.json: rules\[0\]\.penalties\[0\]: unknown criminal penalty .*"uu-7-2017-pasal-999"/));
    expect(problems).toContainEqual(expect.stringMatching(/rules\[0\]\.sources\[0\]: unknown source "no-such-source"/));
  });

  it('never presents a detention term or an old fine as the current penalty (only a dated change may recall one)', () => {
    const texts = {
      rules: JSON.stringify(content.ruleSet.rules.map(({ changes: _history, ...rule }) => rule)),
      notes: JSON.stringify(content.ruleSet.notes),
      questions: JSON.stringify(content.ruleSet.questions),
      scenarios: JSON.stringify(content.scenarios),
      sanctions: JSON.stringify(allContent().catalog.sanctions),
    };
    for (const [name, text] of Object.entries(texts)) expect(findOldPenalties(text), name).toEqual([]);
    // The dated changes do recall the old figures, as history.
    expect(findOldPenalties(JSON.stringify(content.ruleSet.rules.flatMap((rule) => rule.changes ?? [])))).not.toEqual([]);
  });

  it('says plainly where no direct ruling was found, and cites the general rule (content/rules/no-direct-ruling.json)', () => {
    const noDirectRuling = [
      'donate-campaign', 'group-admin-office', 'group-admin-private', 'relative-home-hosting', 'relative-home-not-hosting', 'teach-steering',
      'teach-neutral', 'opinion-analysis', 'opinion-partisan', 'attend-party-event', 'repost-old-photo', 'social-media-news-item', 'non-asn-candidacy',
    ];
    for (const id of noDirectRuling) {
      const rule = content.ruleSet.rules.find((candidate) => candidate.id === id);
      expect(rule?.uncertain?.id, id).toMatch(/^Tidak ditemukan putusan langsung/);
      expect(rule?.uncertain?.en, id).toMatch(/^No direct ruling/);
      expect(rule?.legalBasis.length, id).toBeGreaterThan(0);
      expect(['caution', 'violation'], id).toContain(rule?.verdict);
    }
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
    const bad = structuredClone(content);
    const [first] = bad.ruleSet.rules;
    if (first) first.when = { all: [{ fact: 'actor', operator: 'equal', value: 'robot' }] };
    expect(checkCheckerContent(bad)).toContainEqual(
      expect.stringMatching(/^content\/rules\/[a-z-]+\.json: rules\[0\]\.when\.all\[0\]\.value: "robot" is not a value of "actor"$/),
    );
    const file = { rules: [{ ...content.ruleSet.rules[0], verdict: 'maybe' }] };
    expect(() => parseContent(ruleFileSchema, file, 'content/rules/zz-bad.json')).toThrow(/content\/rules\/zz-bad\.json: rules\[0\]\.verdict/);
  });
});

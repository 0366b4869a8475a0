import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '@/lib/content/catalog';
import { checkerContent, evaluate } from './index';
import { loadCheckerContent } from './load';
import { scenarioVocabulary } from './vocabulary';

const content = checkerContent();

/** The public vocabulary of scenario-facts.md (a contract): every key and value must be accepted. */
const contract: Record<string, readonly string[]> = scenarioVocabulary;

describe('checker content', () => {
  it('speaks exactly the contract vocabulary', () => {
    const vocabulary = Object.fromEntries(content.ruleSet.questions.map((question) => [question.key, question.options.map((o) => o.value)]));
    expect(Object.keys(vocabulary).sort()).toEqual(Object.keys(contract).sort());
    for (const [key, values] of Object.entries(contract)) expect(vocabulary[key]?.slice().sort(), key).toEqual(values.slice().sort());
  });

  it('refers only to ids of the structured legal content (instruments, violation types, sanctions, sources)', () => {
    const catalog = loadCatalog();
    const known = {
      instrument: new Set(catalog.instruments.map((item) => item.id)),
      violation: new Set(catalog.violations.map((item) => item.id)),
      sanction: new Set<string>(catalog.sanctions.map((item) => item.code)),
      source: new Set(catalog.sources.map((item) => item.id)),
    };
    const rules = content.ruleSet.rules;
    const parts = rules.flatMap((rule) => [rule, ...rule.refinements]);
    const referenced = {
      instrument: parts.flatMap((part) => part.legalBasis.map((basis) => basis.instrument)),
      violation: parts.flatMap((part) => part.violations),
      sanction: [...parts.flatMap((part) => part.sanctions), ...content.ruleSet.notes.flatMap((note) => note.ifSanctions ?? [])],
      source: [...rules.flatMap((rule) => rule.sources), ...content.scenarios.flatMap((scenario) => scenario.sources)],
    };
    for (const kind of ['instrument', 'violation', 'sanction', 'source'] as const) {
      expect(referenced[kind].length, kind).toBeGreaterThan(0);
      expect(referenced[kind].filter((id) => !known[kind].has(id)), kind).toEqual([]);
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

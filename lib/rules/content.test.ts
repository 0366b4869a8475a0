import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '@/lib/content/catalog';
import { checkerContent, evaluate } from './index';
import { loadCheckerContent } from './load';
import { scenarioVocabulary } from './vocabulary';

const content = checkerContent();

/**
 * Ids agreed across branches in SHARED-IDS.md that branch `lawdata` adds to content/instruments.json and
 * content/sources.json. Until that branch is merged they count as known here; after the merge every one of
 * them must resolve anyway (the build checks the catalogue), and this list can be emptied.
 */
const agreedInstruments = [
  'uu-1-2023', 'uu-1-2026', 'pkpu-10-2023', 'se-menpanrb-b94-2019', 'peraturan-bkn-7-2021', 'peraturan-bkn-7-2022',
  'se-menpanrb-1-2023', 'kepmenpanrb-16-2025', 'uu-2-2002', 'uu-34-2004', 'mk-65-puu-xxi-2023', 'se-menpanrb-18-2023',
  'pkpu-8-2022', 'se-kemendagri-900-1-9-9095', 'permendagri-112-2014', 'uu-6-2014', 'perbawaslu-7-2022', 'permendag-39-2025',
];
const agreedSources = [
  'news-titiknol-uu-penyesuaian-pidana', 'news-wartanett-uu-penyesuaian-pidana', 'news-indonesiaonline-uu-penyesuaian-pidana',
  'news-rmol-bawaslu-denda-pidana-2026', 'news-tribunbengkulu-caleg-asn-2023', 'news-bantenpro-caleg-surat-pemberhentian',
  'news-riauonline-bacaleg-asn-2023', 'news-okezone-se-b94-2019', 'official-bkn-denpasar-cuti-pppk', 'official-bkn-cltn-2022',
  'official-litbang-banten-cltn', 'news-inilahdepok-cltn-2024', 'news-kontan-ppnpn-phk-2023', 'news-deras-ppnpn-netralitas',
  'news-mediabagi-kepmenpanrb-16-2025', 'news-poskota-pppk-paruh-waktu-2025', 'news-rmoljateng-bkn-pilkada-mundur',
  'news-linggaupos-pilkada-asn-resign', 'news-okezone-polri-hak-pilih-2024', 'news-eramuslim-kipp-polri', 'news-bukamata-tni-pasal-39',
  'news-tugumalang-kampanye-sekolah', 'news-hariansib-mk-65', 'news-waktu-se-menpanrb-18-2023', 'official-bkn-medan-faq-pasangan',
  'news-inews-batam-cltn-pasangan', 'news-antara-kalteng-asn-adhoc', 'news-tribunnews-kpu-asn-adhoc-2023', 'news-radarbengkulu-asn-saksi-2019',
  'news-tribun-makassar-asn-saksi-2019', 'news-antara-sumut-asn-kades', 'news-detik-lembaga-pengawas-asn-2025',
  'news-pantau-ruu-pemilu-prolegnas', 'news-metrotv-ruu-pilkada-2026', 'web-pasal-permendag-39-2025', 'news-kabarnusa24-bkn-sbt-2024',
  'news-koranjakarta-aplikasi-pelaporan', 'news-wartakota-sigap-lapor-2023', 'news-antara-mataram-posko-2024',
];

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
    const instruments = [...catalog.instruments.map((item) => item.id), ...agreedInstruments];
    const sources = [...catalog.sources.map((item) => item.id), ...agreedSources];
    const known = {
      instrument: new Set(instruments),
      violation: new Set(catalog.violations.map((item) => item.id)),
      sanction: new Set<string>(catalog.sanctions.map((item) => item.code)),
      source: new Set(sources),
      citable: new Set([...instruments, ...sources]),
    };
    const rules = content.ruleSet.rules;
    const parts = rules.flatMap((rule) => [rule, ...rule.refinements]);
    const referenced = {
      instrument: parts.flatMap((part) => part.legalBasis.map((basis) => basis.instrument)),
      violation: parts.flatMap((part) => part.violations),
      sanction: [
        ...parts.flatMap((part) => [...part.sanctions, ...(part.possibleSanctions ?? [])]),
        ...content.ruleSet.notes.flatMap((note) => note.ifSanctions ?? []),
      ],
      source: [...rules.flatMap((rule) => rule.sources), ...content.scenarios.flatMap((scenario) => scenario.sources)],
      citable: rules.flatMap((rule) => (rule.changes ?? []).flatMap((change) => change.sources)),
    };
    for (const kind of ['instrument', 'violation', 'sanction', 'source', 'citable'] as const) {
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
    cpSync(path.join(process.cwd(), 'content', 'sanctions.json'), path.join(root, 'content', 'sanctions.json'));
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

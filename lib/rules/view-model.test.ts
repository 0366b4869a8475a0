import { describe, expect, it } from 'vitest';
import { evaluateScenario } from './evaluate';
import { plainCatalog as catalog } from './plain-catalog.fixture';
import { checkerContent } from './index';
import { buildCheckerTexts, buildCheckerView, type CheckerLabels } from './view-model';

const content = checkerContent();

describe('result texts', () => {
  const id = buildCheckerTexts(content, 'id', catalog);
  const en = buildCheckerTexts(content, 'en', catalog);

  it('say since when a rule is in force and what changed, newest first, in each language', () => {
    const facilities = en.rules['state-facilities-campaign'];
    expect(facilities?.inForceSince).toBe('2021-08-31');
    expect(facilities?.changes.map((change) => change.date)).toEqual(['2023-08-15']);
    expect(facilities?.changes[0]?.summary).toMatch(/65\/PUU-XXI\/2023/);
    expect(id.rules['state-facilities-campaign']?.changes[0]?.before).toMatch(/^Sampai 14 Agustus 2023/);
    for (const texts of [id, en])
      for (const rule of Object.values(texts.rules)) {
        const dates = rule.changes.map((change) => change.date);
        expect(dates).toEqual([...dates].sort().reverse());
      }
  });

  it('carry the criminal provisions the rules cite, in words from content/penalties.json', () => {
    expect(en.rules['campaign-team-asn']?.refinements['campaign-team-pemilu']?.penalties).toEqual(['uu-7-2017-pasal-494']);
    expect(en.penalties['uu-7-2017-pasal-494']?.now).toBe('now of uu-7-2017-pasal-494');
    expect(Object.keys(en.penalties).sort()).toEqual(['uu-10-2016-pasal-188', 'uu-10-2016-pasal-189', 'uu-7-2017-pasal-494']);
    expect(buildCheckerTexts(content, 'en', { ...catalog, penaltyText: undefined }).penalties).toEqual({});
  });

  it('give the address of every instrument and source a result cites, from the catalogue', () => {
    const cited = Object.values(en.rules).flatMap((rule) => [
      ...rule.legalBasis.map((basis) => basis.instrument),
      ...Object.values(rule.refinements).flatMap((refinement) => refinement.legalBasis.map((basis) => basis.instrument)),
      ...rule.sources.map((source) => source.id),
    ]);
    expect(cited.length).toBeGreaterThan(0);
    for (const id of cited) expect(en.hrefs[id]).toBe(`href of ${id} in en`);
  });
});

describe('page data', () => {
  const labels = new Proxy({}, { get: () => 'label' }) as unknown as CheckerLabels;
  const view = buildCheckerView(content, 'en', labels, { checker: '/en/cek/', sources: '/en/sumber/', texts: '/en/cek/rule-texts.json', search: '/en/cek/search-data.json' });

  it('gives the browser the contract sanctions of honorary staff, so that it answers as Node does', () => {
    const facts = { actor: 'non_asn', activity: 'party_membership' };
    const browser = evaluateScenario({ questions: view.questions, rules: view.rules, notes: view.notes, substitutes: view.substitutes }, facts);
    expect(browser.sanctions).toEqual(['kontrak']);
    expect(browser.possibleSanctions).toEqual(evaluateScenario(content.ruleSet, facts).possibleSanctions);
  });

  it('keeps possible sanctions in the rule logic (a bakal calon: moral or severe)', () => {
    const facts = { actor: 'pns', activity: 'install_banner', target_stage: 'prospective' };
    const browser = evaluateScenario({ questions: view.questions, rules: view.rules, notes: view.notes, substitutes: view.substitutes }, facts);
    expect(browser.possibleSanctions.sort()).toEqual(['disiplin_berat', 'moral']);
  });
});

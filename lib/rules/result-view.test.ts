import { describe, expect, it } from 'vitest';
import { localizeDeep } from '@/lib/content/localize';
import { evaluateScenario } from './evaluate';
import { plainCatalog as catalog } from './plain-catalog.fixture';
import { checkerContent, describeResult, loadGoldenCases } from './index';
import { mergeRefinements, ruleViews } from './result-view';
import { buildCheckerTexts } from './view-model';

const content = checkerContent();

describe('the one result presenter', () => {
  it('merges a rule with the refinements that hold: their violations and penalties once each, warnings and notes in order', () => {
    const basis = (instrument: string) => ({ instrument, article: 'Pasal 1', status: 'verified' as const });
    const merged = mergeRefinements({ violations: ['a'], legalBasis: [basis('x')], uncertain: 'rule doubt', penalties: ['p1'] }, [
      { violations: ['a', 'b'], legalBasis: [basis('y')], note: 'first note', penalties: ['p1', 'p2'] },
      { violations: [], legalBasis: [], uncertain: 'refinement doubt', note: 'second note' },
    ]);
    expect(merged).toEqual({
      violations: ['a', 'b'],
      legalBasis: [basis('x'), basis('y')],
      uncertain: ['rule doubt', 'refinement doubt'],
      notes: ['first note', 'second note'],
      penalties: ['p1', 'p2'],
    });
    // While the texts load, the page still lists what the refinements give.
    expect(mergeRefinements(undefined, [{ violations: ['b'], legalBasis: [] }]).violations).toEqual(['b']);
  });

  it('gives the page (one locale) and the command line (both languages) the same merge for every golden case', () => {
    const texts = buildCheckerTexts(content, 'en', catalog);
    let refined = 0;
    for (const golden of loadGoldenCases()) {
      const evaluation = evaluateScenario(content.ruleSet, golden.facts, { today: '2026-12-01' });
      const cli = describeResult(evaluation, content);
      const page = ruleViews(evaluation, texts);
      expect(page.map((rule) => rule.id), golden.name).toEqual(cli.rules.map((rule) => rule.id));
      for (const [index, view] of page.entries()) {
        const answer = cli.rules[index];
        expect(view.violations, golden.name).toEqual(answer?.violations);
        expect(view.penalties, golden.name).toEqual(answer?.penalties);
        expect(view.uncertain, golden.name).toEqual(localizeDeep(answer?.uncertain, 'en'));
        expect(view.notes, golden.name).toEqual(localizeDeep(answer?.notes, 'en'));
        expect(view.basis.map((item) => item.instrument), golden.name).toEqual(answer?.legalBasis.map((item) => item.instrument));
        expect(view.trace, golden.name).toEqual(cli.trace[index]?.because);
        if (view.matched.length) refined++;
      }
    }
    // The comparison covers results where refinements hold, not only plain rules.
    expect(refined).toBeGreaterThan(5);
  });
});

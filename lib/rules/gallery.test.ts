import { describe, expect, it } from 'vitest';
import { checkerContent, evaluate } from './index';
import { withActor } from './query';
import { buildCheckerView, type CheckerLabels } from './view-model';

const labels = new Proxy({}, { get: () => 'label' }) as unknown as CheckerLabels;
const view = buildCheckerView(checkerContent(), 'id', labels, { checker: '/id/cek/', sources: '/id/sumber/', texts: '/id/cek/rule-texts.json', search: '/id/cek/search-data.json' });
const actors = checkerContent().ruleSet.questions.find((question) => question.key === 'actor')?.options.map((option) => option.value) ?? [];

describe('the case gallery of the checker page', () => {
  it('knows the statuses of the vocabulary', () => expect(actors).toEqual(expect.arrayContaining(['pns', 'cpns', 'pppk', 'non_asn'])));

  it('holds every gallery case, with its short answer for each status a person may have chosen', () => {
    const gallery = checkerContent().scenarios.filter((scenario) => scenario.gallery);
    expect(view.gallery.map((card) => card.id)).toEqual(gallery.map((scenario) => scenario.id));
    for (const card of view.gallery) {
      const written = card.facts.find((pair) => pair.fact === 'actor')?.value;
      // A case written for a PNS opens for any status; one about the police stays about the police.
      expect(Object.keys(card.verdicts).sort(), card.id).toEqual(written === 'pns' ? [...actors].sort() : [written]);
      for (const [actor, verdict] of Object.entries(card.verdicts)) {
        const facts = Object.fromEntries(withActor(card.facts, actor).map(({ fact, value }) => [fact, value]));
        expect(verdict, `${card.id} for ${actor}`).toBe(evaluate(facts).verdict);
      }
    }
  });

  it('answers a party card as a violation for a PPPK too', () => {
    expect(view.gallery.find((card) => card.id === 'party-card')?.verdicts.pppk).toBe('violation');
  });
});

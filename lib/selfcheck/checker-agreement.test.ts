import { describe, expect, it } from 'vitest';
import { evaluate } from '@/lib/rules/index';
import { parseQuery } from '@/lib/rules/query';
import { examplePeople } from './examples';
import { parseFragment } from './flow';
import { loadSelfCheck } from './load';
import { buildReport } from './report';
import { buildSelfCheckData, selfCheckScenarios } from './view';

// The self-check asks the checker's engine about every area; its report must say what the checker says
// for the same facts, and its link must open the checker on exactly that case.
const file = loadSelfCheck();
const data = buildSelfCheckData('en');
const scenarios = [...selfCheckScenarios(file, data.checkerOrder)];

describe('self-check and scenario checker agree', () => {
  it('covers every area under every status', () => {
    const statuses = file.questions.find((question) => question.kind === 'status');
    const areas = file.questions.filter((question) => question.kind === 'area');
    expect(statuses?.kind === 'status' && statuses.options.length).toBe(4);
    expect(scenarios.length).toBeGreaterThanOrEqual(areas.length * 4);
  });

  it.each(scenarios)('%s', (key, facts) => {
    const checker = evaluate(facts);
    expect(checker.unknown, 'facts the checker does not know').toEqual([]);
    expect(checker.ignored, 'facts the checker leaves out').toEqual([]);
    expect(checker.verdict, 'a report item needs a settled verdict').not.toBe('incomplete');
    const item = data.results[key];
    expect(item?.verdict).toBe(checker.verdict);
    expect(item?.rules.map((rule) => rule.id)).toEqual(checker.rules.map((rule) => rule.id));
    expect(item?.rules.flatMap((rule) => rule.sanctions).sort()).toEqual(checker.rules.flatMap((rule) => rule.sanctions).sort());
    // The link: the checker reads the same facts back from the fragment and reaches the same verdict.
    const linked = evaluate(parseQuery(key));
    expect(linked.facts).toEqual(checker.facts);
    expect(linked.verdict).toBe(checker.verdict);
  });
});

describe('reports of three example people', () => {
  const reportOf = (fragment: string) => {
    const { answers, problems } = parseFragment(data.questions, fragment);
    expect(problems).toEqual([]);
    const report = buildReport(data.questions, answers, data.results, data.checkerOrder, data.alwaysFine);
    expect(report.missing).toEqual([]);
    for (const area of [...report.risks, ...report.fine]) expect(area.result.verdict).toBe(evaluate(area.facts).verdict);
    return report;
  };

  it('the teacher: social media first, then the photo, then the event and the ormas; pressure points to help', () => {
    const report = reportOf(examplePeople.teacher);
    expect(report.risks.map((area) => [area.question, area.result.verdict])).toEqual([
      ['follow', 'violation'],
      ['reactions', 'violation'],
      ['photos', 'violation'],
      ['religious', 'caution'],
      ['ormas', 'caution'],
    ]);
    expect(report.pressure).toBe(true);
    expect(report.fine.map((area) => area.question)).toEqual(['vote', 'official-info', 'event-no-campaign']);
    expect(report.clear).toContain('party');
  });

  it('the PPPK spouse: no CLTN question, so accompanying the campaign is a breach', () => {
    const report = reportOf(examplePeople.spouse);
    expect(report.risks.map((area) => [area.question, area.result.verdict])).toEqual([
      ['groups', 'violation'],
      ['spouse', 'violation'],
      ['campaign', 'caution'],
    ]);
    expect(report.risks.find((area) => area.question === 'spouse')?.facts).toMatchObject({ actor: 'pppk', on_leave: 'no' });
    expect(report.pressure).toBe(false);
  });

  it('the official: the unsure decision (possibly a crime) ranks first; the office group and car are breaches; running on CLTN needs care; the ormas is fine', () => {
    const report = reportOf(examplePeople.official);
    expect(report.risks.map((area) => [area.question, area.answer, area.result.verdict])).toEqual([
      ['decisions', 'unsure', 'violation'],
      ['facilities', 'yes', 'violation'],
      ['group-admin', 'yes', 'violation'],
      ['run', 'yes', 'caution'],
    ]);
    expect(report.risks.find((area) => area.question === 'run')?.facts).toMatchObject({ office_sought: 'regional_head', on_leave: 'yes', service_years: '5_or_more' });
    expect(report.fine.map((area) => area.question)).toContain('ormas');
  });
});

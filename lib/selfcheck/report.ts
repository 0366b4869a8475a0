import type { SanctionCode } from '@/lib/rules/types';
import { type Answers, type Item, itemsOf, scenarioKey } from './flow';
import type { FactMap, ItemResult, SelfCheckQuestion } from './types';

/** Heavier sanctions rank an area higher within the same verdict. */
const sanctionWeight: Record<SanctionCode, number> = {
  ptdh: 6,
  pidana: 5,
  disiplin_berat: 4,
  // Contract sanctions of honorary staff, graded up to termination (SE MenPANRB 01/2023).
  kontrak: 4,
  disiplin_sedang: 3,
  disiplin_ringan: 2,
  moral: 1,
};
const verdictWeight = { violation: 3, caution: 2, incomplete: 1, allowed: 0 } as const;

export interface ReportArea extends Item {
  facts: FactMap;
  /** The checker's own address for the scenario (`actor=pns&activity=…`), and the key of its result. */
  key: string;
  result: ItemResult;
}

export interface Report {
  /** Areas the engine judged a violation or risky, heaviest first. */
  risks: ReportArea[];
  /** Areas answered "yes" that the engine allows, then acts allowed for everyone of this status. */
  fine: ReportArea[];
  /** Areas answered "no". */
  clear: string[];
  /** True when the person said others pressed them to support a candidate. */
  pressure: boolean;
  /** Scenarios without a result in the table: a gap that the tests rule out, shown rather than hidden. */
  missing: string[];
}

/** Verdict, then the heaviest sanction that may apply, then the heaviest that applies for certain, then "yes" before "not sure". */
function weight(area: ReportArea): number[] {
  const heaviest = (codes: SanctionCode[]) => Math.max(0, ...codes.map((code) => sanctionWeight[code]));
  const certain = area.result.rules.flatMap((rule) => rule.sanctions);
  const possible = area.result.rules.flatMap((rule) => rule.possibleSanctions);
  return [verdictWeight[area.result.verdict], heaviest([...certain, ...possible]), heaviest(certain), area.answer === 'yes' ? 1 : 0];
}

const heavierFirst = (order: string[]) => (a: ReportArea, b: ReportArea) => {
  const [wa, wb] = [weight(a), weight(b)];
  for (let index = 0; index < wa.length; index += 1) if (wa[index] !== wb[index]) return (wb[index] ?? 0) - (wa[index] ?? 0);
  return order.indexOf(a.question) - order.indexOf(b.question);
};

/**
 * The report for a complete set of answers: each area answered "yes" or "not sure" with the checker's
 * result for its scenario (looked up in `results`, computed by the same engine at build time).
 */
export function buildReport(
  questions: SelfCheckQuestion<unknown>[],
  answers: Answers,
  results: Record<string, ItemResult>,
  checkerOrder: readonly string[],
  alwaysFine: { id: string; facts: FactMap }[],
): Report {
  const order = questions.map((question) => question.id);
  const missing: string[] = [];
  const areas: ReportArea[] = [];
  let pressure = false;
  for (const item of itemsOf(questions, answers)) {
    if (!item.facts) {
      pressure = true;
      continue;
    }
    const key = scenarioKey(item.facts, checkerOrder);
    const result = results[key];
    if (result) areas.push({ ...item, facts: item.facts, key, result });
    else missing.push(key);
  }
  const actor = answers.get(questions.find((question) => question.kind === 'status')?.id ?? '');
  const baseline = alwaysFine.flatMap((entry) => {
    const facts = { ...(actor ? { actor } : {}), ...entry.facts };
    const key = scenarioKey(facts, checkerOrder);
    const result = results[key];
    return result?.verdict === 'allowed' ? [{ question: entry.id, answer: 'no' as const, facts, key, result }] : [];
  });
  const clear = questions
    .filter((question) => (question.kind === 'area' || question.kind === 'pressure') && answers.get(question.id) === 'no')
    .map((question) => question.id);
  return {
    risks: areas.filter((area) => area.result.verdict !== 'allowed').sort(heavierFirst(order)),
    fine: [...areas.filter((area) => area.result.verdict === 'allowed'), ...baseline],
    clear,
    pressure,
    missing,
  };
}

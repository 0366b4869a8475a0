/**
 * The one presenter of a result: a rule that fired, merged with the refinements that hold. The checker page
 * (ruleViews, in the browser, one locale), the command line and the tests (describeResult in ./index, both
 * languages) use the same merge. No zod and no Node here: the checker island imports it.
 */
import type { Evaluation, RuleHit } from './evaluate';
import type { FactPair, LegalBasis, RuleLogic, Verdict } from './types';
import type { CheckerTexts, RuleTexts } from './view-model';

/** The parts of a rule's (or a refinement's) texts that add up when refinements hold. `T` is the text type. */
export interface MergeableTexts<T> {
  violations: string[];
  legalBasis: LegalBasis<T>[];
  uncertain?: T;
  note?: T;
  penalties?: string[];
}

/** What a rule says together with the refinements that hold. */
export interface MergedTexts<T> {
  violations: string[];
  legalBasis: LegalBasis<T>[];
  /** Uncertainty warnings: the rule's, then the refinements'. */
  uncertain: T[];
  /** The refinements' notes. */
  notes: T[];
  /** Criminal provisions (content/penalties.json) of the rule and of the refinements. */
  penalties: string[];
}

const unique = <V>(items: V[]) => [...new Set(items)];
const defined = <V>(item: V | undefined): item is V => item !== undefined;

/** Merges a rule's texts (undefined while they load) with those of its matched refinements. */
export function mergeRefinements<T>(rule: Omit<MergeableTexts<T>, 'note'> | undefined, matched: MergeableTexts<T>[]): MergedTexts<T> {
  return {
    violations: unique([...(rule?.violations ?? []), ...matched.flatMap((refinement) => refinement.violations)]),
    legalBasis: [...(rule?.legalBasis ?? []), ...matched.flatMap((refinement) => refinement.legalBasis)],
    uncertain: unique([rule?.uncertain, ...matched.map((refinement) => refinement.uncertain)].filter(defined)),
    notes: unique(matched.map((refinement) => refinement.note).filter(defined)),
    penalties: unique([...(rule?.penalties ?? []), ...matched.flatMap((refinement) => refinement.penalties ?? [])]),
  };
}

/** The facts that made a rule and its refinements fire, each fact once. */
export function firingFacts(hit: Pick<RuleHit<RuleLogic>, 'because' | 'refinements'>): FactPair[] {
  const pairs = [...hit.because, ...hit.refinements.flatMap((refinement) => refinement.because)];
  return pairs.filter((pair, index) => pairs.findIndex((other) => other.fact === pair.fact) === index);
}

/** One rule of a result with its texts merged with those of the refinements that hold. */
export interface RuleView extends Omit<MergedTexts<string>, 'legalBasis'> {
  id: string;
  verdict: Verdict;
  /** Undefined while the texts load. */
  text?: RuleTexts;
  /** The texts of the refinements that hold. */
  matched: RuleTexts['refinements'][string][];
  basis: LegalBasis<string>[];
  /** The facts that made the rule (and its refinements) fire. */
  trace: FactPair[];
}

/** The rules of a result ready to show, heaviest first. */
export function ruleViews(result: Pick<Evaluation, 'rules'>, texts: CheckerTexts | null | undefined): RuleView[] {
  return result.rules.map((hit) => {
    const text = texts?.rules[hit.rule.id];
    const matched = hit.refinements.map(({ refinement }) => text?.refinements[refinement.id]).filter(defined);
    const { legalBasis, ...merged } = mergeRefinements(text, matched);
    return { id: hit.rule.id, verdict: hit.rule.verdict, text, matched, basis: legalBasis, ...merged, trace: firingFacts(hit) };
  });
}

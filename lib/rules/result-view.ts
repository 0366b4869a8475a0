import type { Evaluation } from './evaluate';
import type { FactPair, LegalBasis, Note, RuleLogic, Verdict } from './types';
import type { CheckerTexts, RuleTexts } from './view-model';

/** One rule of a result with its texts merged with those of the refinements that hold. */
export interface RuleView {
  id: string;
  verdict: Verdict;
  /** Undefined while the texts load. */
  text?: RuleTexts;
  /** The texts of the refinements that hold. */
  matched: RuleTexts['refinements'][string][];
  basis: LegalBasis<string>[];
  violations: string[];
  uncertain: string[];
  notes: string[];
  /** The facts that made the rule (and its refinements) fire. */
  trace: FactPair[];
}

const unique = <V>(items: V[]) => [...new Set(items)];

/** The rules of a result ready to show, heaviest first. */
export function ruleViews(result: Evaluation<RuleLogic, Note<string>>, texts: CheckerTexts | null | undefined): RuleView[] {
  return result.rules.map(({ rule, because, refinements }) => {
    const text = texts?.rules[rule.id];
    const matched = refinements.map(({ refinement }) => text?.refinements[refinement.id]).filter((item) => item !== undefined);
    const trace = [...because, ...refinements.flatMap((refinement) => refinement.because)];
    return {
      id: rule.id,
      verdict: rule.verdict,
      text,
      matched,
      basis: [...(text?.legalBasis ?? []), ...matched.flatMap((refinement) => refinement.legalBasis)],
      violations: unique([...(text?.violations ?? []), ...matched.flatMap((refinement) => refinement.violations)]),
      uncertain: unique([text?.uncertain, ...matched.map((refinement) => refinement.uncertain)].filter((item) => item !== undefined)),
      notes: unique(matched.map((refinement) => refinement.note).filter((item) => item !== undefined)),
      trace: trace.filter((pair, index) => trace.findIndex((other) => other.fact === pair.fact) === index),
    };
  });
}

import 'server-only';
/**
 * The scenario checker's single entry for Node and tests: `evaluate(facts)` answers a scenario with the
 * rule set under content/rules/, in both languages. The browser uses `evaluateScenario` (./evaluate) with
 * a rule set already localized on the server.
 */
import type { Localized } from '@/lib/content/localized';
import { type EvaluateOptions, type Evaluation, evaluateScenario, type FactInput } from './evaluate';
import { content } from '@/lib/content/load';
import type { CheckerContent } from './load';
import { firingFacts, mergeRefinements } from './result-view';
import type { Certainty, FactPair, Note, Rule, RuleChange, SanctionCode, Verdict } from './types';

export { evaluateScenario } from './evaluate';
export type { EvaluateOptions, Evaluation, FactInput } from './evaluate';

export interface RuleResult {
  id: string;
  /** Not fired yet, but one of the rules that decide a verdict already settled (see `sharpen`). */
  pending: boolean;
  verdict: Verdict;
  title: Localized;
  sanctions: SanctionCode[];
  possibleSanctions: SanctionCode[];
  violations: string[];
  legalBasis: { instrument: string; article: Localized; status: Certainty }[];
  sources: string[];
  explanation: Localized;
  instead: Localized;
  report: string[];
  uncertain: Localized[];
  notes: Localized[];
  /** The refinements that hold, by id. */
  refinements: string[];
  /** Criminal provisions (content/penalties.json) of the rule and of the refinements that hold. */
  penalties: string[];
  /** The first day the law behind the rule applies, if known. */
  inForceSince?: string;
  /** What changed in the law behind the rule, newest first. */
  changes: RuleChange<Localized>[];
}

/** The engine's answer as plain JSON (the command line prints it): facts as a record, rules with their texts. */
export type ScenarioResult = Omit<Evaluation, 'facts' | 'rules' | 'notes'> & {
  facts: Record<string, string>;
  rules: RuleResult[];
  notes: { id: string; text: Localized; status: Certainty }[];
  trace: { rule: string; because: FactPair[]; text: Localized }[];
};

/** The validated checker content, read once per process. */
export function checkerContent(): CheckerContent {
  return content().checker;
}

/** The golden cases (content/checker/golden-cases.json): facts and the answer the checker must give. */
export function loadGoldenCases() {
  return content().goldenCases;
}

function traceText(pairs: FactPair[], locale: 'id' | 'en', source: CheckerContent): string {
  const parts = pairs.map(({ fact, value }) => {
    const question = source.ruleSet.questions.find((candidate) => candidate.key === fact);
    const option = question?.options.find((candidate) => candidate.value === value);
    return `${question?.summary[locale] ?? fact}: ${option?.label[locale] ?? value}`;
  });
  return `${source.becauseYouChose[locale]}: ${parts.join('; ')}`;
}

/** Turns the engine's answer into plain JSON with both languages side by side. */
export function describeResult(evaluation: Evaluation<Rule<Localized>, Note<Localized>>, source: CheckerContent = checkerContent()): ScenarioResult {
  return {
    verdict: evaluation.verdict,
    facts: Object.fromEntries(evaluation.facts.map(({ fact, value }) => [fact, value])),
    rules: evaluation.rules.map(({ rule, pending, refinements, sanctions, possibleSanctions }) => {
      const matched = refinements.map(({ refinement }) => refinement);
      return {
        id: rule.id,
        pending,
        verdict: rule.verdict,
        title: rule.title,
        sanctions,
        possibleSanctions,
        ...mergeRefinements(rule, matched),
        sources: rule.sources,
        explanation: rule.explanation,
        instead: rule.instead,
        report: rule.report,
        refinements: matched.map((refinement) => refinement.id),
        ...(rule.validFrom ? { inForceSince: rule.validFrom } : {}),
        changes: [...(rule.changes ?? [])].sort((a, b) => b.date.localeCompare(a.date)),
      };
    }),
    sanctions: evaluation.sanctions,
    possibleSanctions: evaluation.possibleSanctions,
    missing: evaluation.missing,
    sharpen: evaluation.sharpen,
    unknown: evaluation.unknown,
    ignored: evaluation.ignored,
    notes: evaluation.notes.map(({ id, text, status }) => ({ id, text, status })),
    trace: evaluation.rules.map((hit) => {
      const because = firingFacts(hit);
      return { rule: hit.rule.id, because, text: { id: traceText(because, 'id', source), en: traceText(because, 'en', source) } };
    }),
    uncovered: evaluation.uncovered,
  };
}

/**
 * Evaluates a scenario (`{actor: 'pns', activity: 'vote'}`) against the rules in content/rules/ and returns
 * the verdict, the rules that decided it with their legal basis, sanctions, advice and reporting channels,
 * the facts still missing, and every unknown or ignored input, in Indonesian and English.
 */
export function evaluate(facts: FactInput, options?: EvaluateOptions): ScenarioResult {
  const source = checkerContent();
  return describeResult(evaluateScenario(source.ruleSet, facts, options), source);
}

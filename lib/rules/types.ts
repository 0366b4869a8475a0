/**
 * The checker's data shapes as the engine sees them. Texts are generic (`T`): `{id, en}` pairs in the
 * content files and in Node, one plain string per locale in the browser. The zod schemas (./schema) infer
 * the `{id, en}` form; these generic shapes stay written out because the browser needs the one-locale form
 * too, and types.test.ts proves that `Rule<Localized>` and the others equal the schemas' inferred types.
 * No zod here: this module is imported by the client island, so it must stay type-only.
 */
import type { Certainty, SanctionCode, Verdict } from './vocabulary';

export type { Certainty, FlaggedCertainty, Outcome, SanctionCode, Verdict } from './vocabulary';

/** A leaf compares one fact with a value (`equal`, `notEqual`) or a list of values (`in`, `notIn`). */
export type Leaf =
  | { fact: string; operator: 'equal' | 'notEqual'; value: string }
  | { fact: string; operator: 'in' | 'notIn'; value: string[] };

/** json-rules-engine's vocabulary: `all`, `any`, `not` over leaves. */
export type Condition = { all: Condition[] } | { any: Condition[] } | { not: Condition } | Leaf;

export interface LegalBasis<T> {
  /** Id of a legal instrument (content/instruments.json). */
  instrument: string;
  article: T;
  status: Certainty;
}

/** What the engine needs of a refinement: the browser copy has only this. */
export interface RefinementLogic {
  id: string;
  when: Condition;
  sanctions: SanctionCode[];
  possibleSanctions?: SanctionCode[];
}

export interface Refinement<T> extends RefinementLogic {
  violations: string[];
  penalties?: string[];
  legalBasis: LegalBasis<T>[];
  note?: T;
  uncertain?: T;
}

/** What the engine needs of a rule: the browser copy has only this, and loads the texts when it shows a result. */
export interface RuleLogic {
  id: string;
  when: Condition;
  verdict: Verdict;
  sanctions: SanctionCode[];
  possibleSanctions?: SanctionCode[];
  refinements: RefinementLogic[];
  validFrom?: string;
  validTo?: string;
}

/** A dated change of the law behind a rule. */
export interface RuleChange<T> {
  date: string;
  summary: T;
  before: T;
  sources: string[];
}

/** For these actors, `code` takes the place of the `replaces` codes in every result (honorary staff: contract sanctions). */
export interface SanctionSubstitute {
  code: SanctionCode;
  forActors: string[];
  replaces: SanctionCode[];
}

export interface Rule<T> extends RuleLogic {
  title: T;
  refinements: Refinement<T>[];
  violations: string[];
  legalBasis: LegalBasis<T>[];
  sources: string[];
  explanation: T;
  instead: T;
  /** "Already did it?": how to undo it or limit the harm. */
  remedy?: T;
  report: string[];
  uncertain?: T;
  lastChecked: string;
  penalties?: string[];
  changes?: RuleChange<T>[];
}

/** A notice shown with the result whenever its condition holds (and, if given, one of its sanctions is in the result). */
export interface NoteLogic {
  id: string;
  when: Condition;
  ifSanctions?: SanctionCode[];
}

export interface Note<T> extends NoteLogic {
  text: T;
  status: Certainty;
}

export interface FactOption<T> {
  value: string;
  label: T;
  help?: T;
}

/** One fact of the vocabulary and the question that asks for it. The file order is the asking order. */
export interface Question<T> {
  key: string;
  summary: T;
  question: T;
  help: T;
  options: FactOption<T>[];
}

/** What the engine needs of a question: the fact key and its values, in asking order. */
export interface QuestionLogic {
  key: string;
  options: { value: string }[];
}

export interface RuleSet<R extends RuleLogic = RuleLogic, N extends NoteLogic = NoteLogic, Q extends QuestionLogic = QuestionLogic> {
  questions: Q[];
  rules: R[];
  notes: N[];
  /** Sanctions that replace others for some actors (optional: a rule set without them applies none). */
  substitutes?: SanctionSubstitute[];
}

export interface FactPair {
  fact: string;
  value: string;
}

/** Input the engine could not use, named so that the reader can see what was dropped and why. */
export interface UnknownFact {
  key: string;
  value: string;
  reason: 'key' | 'value' | 'repeated' | 'excess';
  /** How many times the same entry came (a flood of one repeat is one notice, not thousands). */
  times?: number;
}

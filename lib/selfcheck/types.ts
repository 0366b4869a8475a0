/**
 * The self-check's data shapes as the browser sees them. Texts are generic (`T`): `{id, en}` pairs in the
 * content file, one plain string per locale in the page. Type-only: the client island imports it.
 */
import type { Outcome, SanctionCode, Verdict } from '@/lib/rules/types';

/** The three answers of every yes/no question. "Not sure" is assessed like "yes", and said so in the report. */
export const answerValues = ['yes', 'no', 'unsure'] as const;
export type AnswerValue = (typeof answerValues)[number];

/** `{ status: ['pns'] }`: asked only when every listed question has one of the listed answers. */
export type AskIf = Record<string, string[]>;
export type FactMap = Record<string, string>;

interface Base<T> {
  /** Stable id; also the key in the page's address, so never renamed. */
  id: string;
  question: T;
  help: T;
  askIf?: AskIf;
}

/** Who the person is: each option is a value of the checker's `actor` fact. */
export interface StatusQuestion<T> extends Base<T> {
  kind: 'status';
  options: { value: string; label: T }[];
}

/** A yes/no question that only decides which later questions are asked (e.g. "do you hold a post?"). */
export interface GateQuestion<T> extends Base<T> {
  kind: 'gate';
}

/** A yes/no question about one area of a person's footprint; "yes" or "not sure" is checked with `facts`. */
export interface AreaQuestion<T> extends Base<T> {
  kind: 'area';
  area: T;
  facts: FactMap;
  todo: T;
}

/**
 * A follow-up of an area answered "yes" or "not sure": each answer adds facts to that area's scenario. It is
 * either a yes/no question (`answers`) or a choice among `options` (e.g. which office).
 */
export interface DetailQuestion<T> extends Base<T> {
  kind: 'detail';
  of: string;
  answers?: Record<AnswerValue, FactMap>;
  options?: { value: string; label: T; facts: FactMap }[];
  /** The facts used when the follow-up is not asked (e.g. no unpaid leave for a PPPK). */
  otherwise?: FactMap;
}

/** Pressure received from others: no act of the person's own, so no scenario; the report points to help. */
export interface PressureQuestion<T> extends Base<T> {
  kind: 'pressure';
  area: T;
  todo: T;
}

export type SelfCheckQuestion<T> = StatusQuestion<T> | GateQuestion<T> | AreaQuestion<T> | DetailQuestion<T> | PressureQuestion<T>;

/** What the checker's engine answered for one scenario, reduced to what the report shows. */
export interface ItemResult {
  verdict: Outcome;
  rules: { id: string; verdict: Verdict; pending: boolean; sanctions: SanctionCode[]; possibleSanctions: SanctionCode[]; refinements: string[] }[];
  notes: string[];
}

import 'server-only';
import { getInstruments, getSanctions, getSourceHref } from '@/lib/content/catalog';
import { localize } from '@/lib/content/localize';
import { evaluateScenario } from '@/lib/rules/evaluate';
import { checkerContent } from '@/lib/rules/index';
import type { CheckerContent } from '@/lib/rules/load';
import { localizeDeep } from '@/lib/content/localize';
import type { Certainty, SanctionCode } from '@/lib/rules/types';
import { type Answers, itemsOf, optionValues, scenarioKey } from './flow';
import { loadSelfCheck } from './load';
import type { SelfCheckFile } from './schema';
import { answerValues, type FactMap, type ItemResult, type SelfCheckQuestion } from './types';

/** A legal basis of a rule, with the address of the instrument's entry (`sourceHref`, worked out at build time). */
export interface BasisSummary {
  instrument: string;
  name: string;
  href: string;
  article: string;
  status: Certainty;
}

export interface RuleSummary {
  title: string;
  instead: string;
  uncertain?: string;
  legalBasis: BasisSummary[];
  refinements: Record<string, { legalBasis: BasisSummary[]; uncertain?: string }>;
}

/** What the self-check island gets with the page, in one locale: questions, the engine's results and their texts. */
export interface SelfCheckData {
  locale: string;
  questions: SelfCheckQuestion<string>[];
  alwaysFine: { id: string; facts: FactMap }[];
  /** The checker's facts in its asking order (to write scenario keys and links). */
  checkerOrder: string[];
  /** The engine's result for every scenario the answers can produce, by scenario key. */
  results: Record<string, ItemResult>;
  rules: Record<string, RuleSummary>;
  notes: Record<string, string>;
  sanctions: Partial<Record<SanctionCode, string>>;
  lastChecked: string;
}

/** What only the report needs: the engine's results and their texts, loaded by the page once answering begins. */
export type SelfCheckReportData = Pick<SelfCheckData, 'results' | 'rules' | 'notes' | 'sanctions'>;

/** What the page carries: the questions, and what reading a page address of answers takes. */
export type SelfCheckPageData = Omit<SelfCheckData, keyof SelfCheckReportData>;

/** Splits the data into what the page carries and what its report-data.json holds. */
export function splitSelfCheckData({ results, rules, notes, sanctions, ...page }: SelfCheckData): { page: SelfCheckPageData; report: SelfCheckReportData } {
  return { page, report: { results, rules, notes, sanctions } };
}

/** Every combination of answers that can reach the scenario of one area, for one status. */
function* areaAnswerSets(file: SelfCheckFile, status: SelfCheckQuestion<unknown>, area: SelfCheckQuestion<unknown>): Generator<Answers> {
  const details = file.questions.filter((question) => question.kind === 'detail' && question.of === area.id);
  const gates = file.questions.filter((question) => question.kind === 'gate');
  const statuses = status.kind === 'status' ? status.options.map((option) => option.value) : [];
  const combos = (index: number, answers: Answers): Answers[] => {
    if (index === details.length) return [answers];
    const detail = details[index] as SelfCheckQuestion<unknown>;
    return optionValues(detail).flatMap((value) => combos(index + 1, new Map([...answers, [detail.id, value]])));
  };
  for (const actor of statuses)
    for (const gate of [undefined, ...answerValues])
      for (const answer of ['yes', 'unsure'])
        yield* combos(0, new Map([[status.id, actor], ...gates.map((question) => [question.id, gate ?? 'no'] as [string, string]), [area.id, answer]]));
}

/** Every scenario the self-check can ask the checker about: each area under each status and follow-up, and the always-allowed acts. */
export function selfCheckScenarios(file: SelfCheckFile, checkerOrder: string[]): Map<string, FactMap> {
  const status = file.questions.find((question) => question.kind === 'status');
  const scenarios = new Map<string, FactMap>();
  if (status?.kind !== 'status') return scenarios;
  for (const area of file.questions.filter((question) => question.kind === 'area'))
    for (const answers of areaAnswerSets(file, status, area))
      for (const item of itemsOf(file.questions, answers)) if (item.facts) scenarios.set(scenarioKey(item.facts, checkerOrder), item.facts);
  for (const { value } of status.options)
    for (const entry of file.alwaysFine) {
      const facts = { actor: value, ...entry.facts };
      scenarios.set(scenarioKey(facts, checkerOrder), facts);
    }
  return scenarios;
}

/** The engine's answer for a scenario, reduced to what the report shows. */
export function itemResult(checker: CheckerContent, facts: FactMap, today?: string): ItemResult {
  const evaluation = evaluateScenario(checker.ruleSet, Object.entries(facts), today ? { today } : {});
  return {
    verdict: evaluation.verdict,
    rules: evaluation.rules.map(({ rule, pending, sanctions, possibleSanctions, refinements }) => ({
      id: rule.id,
      verdict: rule.verdict,
      pending,
      sanctions,
      possibleSanctions,
      refinements: refinements.map(({ refinement }) => refinement.id),
    })),
    notes: evaluation.notes.map((note) => note.id),
  };
}

/** Builds the page data for one locale: evaluates every reachable scenario with the checker's engine. */
export function buildSelfCheckData(locale: string, checker = checkerContent(), file = loadSelfCheck()): SelfCheckData {
  const checkerOrder = checker.ruleSet.questions.map((question) => question.key);
  const results: Record<string, ItemResult> = {};
  for (const [key, facts] of selfCheckScenarios(file, checkerOrder)) results[key] = itemResult(checker, facts);
  const used = new Set(Object.values(results).flatMap((result) => result.rules.map((rule) => rule.id)));
  const instruments = new Map(getInstruments().map((instrument) => [instrument.id, instrument.short]));
  const basis = (items: { instrument: string; article: { id: string; en: string }; status: Certainty }[]): BasisSummary[] =>
    items.map(({ instrument, article, status }) => ({
      instrument,
      name: localize(instruments.get(instrument) ?? instrument, locale),
      href: getSourceHref(locale, instrument),
      article: localize(article, locale),
      status,
    }));
  const rules: Record<string, RuleSummary> = {};
  for (const rule of checker.ruleSet.rules) {
    if (!used.has(rule.id)) continue;
    rules[rule.id] = {
      title: localize(rule.title, locale),
      instead: localize(rule.instead, locale),
      ...(rule.uncertain ? { uncertain: localize(rule.uncertain, locale) } : {}),
      legalBasis: basis(rule.legalBasis),
      refinements: Object.fromEntries(
        rule.refinements.map((refinement) => [
          refinement.id,
          { legalBasis: basis(refinement.legalBasis), ...(refinement.uncertain ? { uncertain: localize(refinement.uncertain, locale) } : {}) },
        ]),
      ),
    };
  }
  const usedNotes = new Set(Object.values(results).flatMap((result) => result.notes));
  return {
    locale,
    questions: localizeDeep(file.questions, locale) as SelfCheckQuestion<string>[],
    alwaysFine: file.alwaysFine,
    checkerOrder,
    results,
    rules,
    notes: Object.fromEntries(checker.ruleSet.notes.filter((note) => usedNotes.has(note.id)).map((note) => [note.id, localize(note.text, locale)])),
    sanctions: Object.fromEntries(getSanctions().map((sanction) => [sanction.code, localize(sanction.name, locale)])),
    lastChecked: file.lastChecked,
  };
}

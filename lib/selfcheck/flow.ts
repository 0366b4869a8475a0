import { serializeQuery } from '@/lib/rules/query';
import { type AnswerValue, answerValues, type FactMap, type SelfCheckQuestion } from './types';

/** Longer fragments are cut here: no set of answers needs more, and a flood must not slow the page. */
export const maxFragmentLength = 2000;

export type Answers = Map<string, string>;

/** A part of the address the page could not use, named so that the reader sees what was dropped and why. */
export interface FragmentProblem {
  key: string;
  value: string;
  reason: 'key' | 'value' | 'repeated' | 'skipped' | 'excess';
}

type Question = SelfCheckQuestion<unknown>;

/** The answers a question accepts: its options, or yes / no / not sure. */
export const optionValues = (question: Question): readonly string[] =>
  (question.kind === 'status' || question.kind === 'detail') && question.options ? question.options.map((option) => option.value) : answerValues;

const affirmative = (value: string | undefined) => value === 'yes' || value === 'unsure';

/** Whether a question is asked, given the answers so far: its conditions hold and, for a follow-up, its area was answered yes or not sure. */
export function applies(question: Question, answers: Answers): boolean {
  if (question.kind === 'detail' && !affirmative(answers.get(question.of))) return false;
  return Object.entries(question.askIf ?? {}).every(([id, values]) => values.includes(answers.get(id) ?? ''));
}

/** The questions asked for these answers, in order. */
export const askedQuestions = <Q extends Question>(questions: Q[], answers: Answers): Q[] => questions.filter((question) => applies(question, answers));

/** The first question asked but not answered yet; undefined once the report can be shown. */
export const firstUnanswered = <Q extends Question>(questions: Q[], answers: Answers): Q | undefined =>
  askedQuestions(questions, answers).find((question) => !answers.has(question.id));

/** Keeps only the answers to questions that are still asked (a changed status can make some moot). */
export function pruneAnswers(questions: Question[], answers: Answers): Answers {
  const kept: Answers = new Map();
  for (const question of questions) {
    const value = answers.get(question.id);
    if (value !== undefined && applies(question, kept)) kept.set(question.id, value);
  }
  return kept;
}

const clip = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

/**
 * Reads the answers from the page's fragment (`#status=pns&follow=yes`). Never throws: unknown keys and
 * values, repeats, answers to questions that do not apply and floods are reported back, clipped.
 */
export function parseFragment(questions: Question[], fragment: string): { answers: Answers; problems: FragmentProblem[] } {
  const text = (fragment.startsWith('#') ? fragment.slice(1) : fragment).slice(0, maxFragmentLength);
  const byId = new Map(questions.map((question) => [question.id, question]));
  const raw: Answers = new Map();
  const problems: FragmentProblem[] = [];
  let count = 0;
  for (const [key, value] of new URLSearchParams(text)) {
    count += 1;
    if (count > 60) continue;
    const question = byId.get(key);
    if (!question) problems.push({ key: clip(key), value: clip(value), reason: 'key' });
    else if (!optionValues(question).includes(value)) problems.push({ key, value: clip(value), reason: 'value' });
    else if (raw.has(key)) {
      if (raw.get(key) !== value) problems.push({ key, value, reason: 'repeated' });
    } else raw.set(key, value);
  }
  if (count > 60) problems.push({ key: '…', value: String(count - 60), reason: 'excess' });
  const answers = pruneAnswers(questions, raw);
  for (const [key, value] of raw) if (!answers.has(key)) problems.push({ key, value, reason: 'skipped' });
  return { answers, problems };
}

/** The fragment for these answers, in question order, without the `#`. */
export function serializeAnswers(questions: Question[], answers: Answers): string {
  const params = new URLSearchParams();
  for (const question of questions) {
    const value = answers.get(question.id);
    if (value !== undefined) params.append(question.id, value);
  }
  return params.toString();
}

/** One area the person answered "yes" or "not sure" to, as a scenario in the checker's vocabulary. */
export interface Item {
  question: string;
  answer: AnswerValue;
  /** Null for pressure from others: nothing of the person's own to check. */
  facts: FactMap | null;
}

/** The areas answered "yes" or "not sure", each with the facts that describe it (status, area, follow-ups). */
export function itemsOf(questions: Question[], answers: Answers): Item[] {
  const status = questions.find((question) => question.kind === 'status');
  const actor = status ? answers.get(status.id) : undefined;
  const items: Item[] = [];
  for (const question of questions) {
    const answer = answers.get(question.id);
    if ((question.kind !== 'area' && question.kind !== 'pressure') || !affirmative(answer) || !applies(question, answers)) continue;
    if (question.kind === 'pressure') {
      items.push({ question: question.id, answer: answer as AnswerValue, facts: null });
      continue;
    }
    const facts: FactMap = { ...(actor ? { actor } : {}), ...question.facts };
    for (const detail of questions) {
      if (detail.kind !== 'detail' || detail.of !== question.id) continue;
      const given = answers.get(detail.id);
      const chosen = detail.options ? detail.options.find((option) => option.value === given)?.facts : detail.answers?.[given as AnswerValue];
      if (applies(detail, answers) && chosen) Object.assign(facts, chosen);
      else if (!applies(detail, answers) && detail.otherwise) Object.assign(facts, detail.otherwise);
    }
    items.push({ question: question.id, answer: answer as AnswerValue, facts });
  }
  return items;
}

/** The facts as the checker writes them (`actor=pns&activity=vote`), in the checker's asking order: the key of a result, and its link. */
export function scenarioKey(facts: FactMap, checkerOrder: readonly string[]): string {
  const pairs = checkerOrder.filter((key) => key in facts).map((fact) => ({ fact, value: facts[fact] as string }));
  return serializeQuery(pairs).replace(/^\?/, '');
}

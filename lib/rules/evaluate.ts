import { check, referencedFacts, supportingFacts, traceFacts } from './conditions';
import type { Condition, FactPair, Leaf, NoteLogic, Outcome, QuestionLogic, RuleLogic, RuleSet, SanctionCode, UnknownFact, Verdict } from './types';

/** How heavy a verdict is: the heaviest rule that fires decides. */
export const severity: Record<Verdict, number> = { allowed: 1, caution: 2, violation: 3 };

export interface RuleHit<R extends RuleLogic> {
  rule: R;
  /**
   * True for a rule that has not fired yet but explains a verdict already settled: every way the missing
   * facts can go gives this verdict (e.g. any action on a candidate's content), and this rule is one of those
   * that will decide it. The facts in `sharpen` tell which.
   */
  pending: boolean;
  /** The facts that made the rule fire. */
  because: FactPair[];
  /** The refinements whose condition holds, with the facts that made them hold. */
  refinements: { refinement: R['refinements'][number]; because: FactPair[] }[];
  /** Sanctions that apply on the facts given. */
  sanctions: SanctionCode[];
  /** Sanctions that may apply, depending on facts not given yet. */
  possibleSanctions: SanctionCode[];
}

export interface Evaluation<R extends RuleLogic = RuleLogic, N extends NoteLogic = NoteLogic> {
  verdict: Outcome;
  /** The facts used, in asking order. */
  facts: FactPair[];
  /** The rules that fired, heaviest first. */
  rules: RuleHit<R>[];
  sanctions: SanctionCode[];
  possibleSanctions: SanctionCode[];
  /** Facts that can still change the verdict, in asking order (empty once the verdict is settled). */
  missing: string[];
  /** Facts that would only sharpen the sanction or the legal basis, in asking order. */
  sharpen: string[];
  unknown: UnknownFact[];
  /** Valid facts that have nothing to do with the chosen activity, left out of the evaluation. */
  ignored: FactPair[];
  notes: N[];
  /** True when the facts are complete but no rule covers them (a gap in the rules, never expected). */
  uncovered: boolean;
}

export type FactInput = Iterable<readonly [string, unknown]> | Record<string, unknown>;

export interface EvaluateOptions {
  /** The day to evaluate on (yyyy-mm-dd), for rules with validFrom/validTo. Defaults to today. */
  today?: string;
  /** At most this many input entries are read; the rest are reported as `excess`. */
  maxEntries?: number;
  /** Receives the work counts of the search (for tests and the benchmark). */
  stats?: SearchStats;
}

const clip = (text: string) => (text.length > 60 ? `${text.slice(0, 60)}…` : text);

/** Any input as text, without calling code that could throw (objects with a broken toString). */
function asText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === null || typeof value !== 'object') return String(value);
  return Array.isArray(value) ? '[list]' : '[object]';
}

function isIterable(input: FactInput): input is Iterable<readonly [string, unknown]> {
  return typeof (input as Iterable<unknown>)[Symbol.iterator] === 'function';
}

/**
 * Sorts raw input into the facts of the vocabulary and the entries it cannot use. Never throws: odd keys,
 * odd values, repeats and floods are reported back by name (clipped to 60 characters).
 */
export function acceptFacts(questions: QuestionLogic[], input: FactInput, maxEntries = 40) {
  const byKey = new Map(questions.map((question) => [question.key, question]));
  const facts = new Map<string, string>();
  const unknown: UnknownFact[] = [];
  const seen = new Map<string, UnknownFact>();
  let excess = 0;
  // The same odd entry many times over is one notice with a count.
  const report = (item: UnknownFact) => {
    const id = `${item.reason}\u0000${item.key}\u0000${item.value}`;
    const earlier = seen.get(id);
    if (earlier) earlier.times = (earlier.times ?? 1) + 1;
    else if (unknown.length < maxEntries) {
      seen.set(id, item);
      unknown.push(item);
    } else excess += 1;
  };
  const entries = input === null || typeof input !== 'object' ? [] : isIterable(input) ? input : Object.entries(input);
  for (const entry of entries) {
    const pair: readonly unknown[] = Array.isArray(entry) ? entry : [entry];
    const key = asText(pair[0]);
    const value = asText(pair[1]);
    // Entries the address parser did not read come as one entry with their count (lib/rules/query.ts).
    if (key === '…' && /^\d+$/.test(value)) {
      excess += Number(value);
      continue;
    }
    const question = byKey.get(key);
    // The vocabulary's own keys are always read, wherever they stand in a flood; the rest is reported up to
    // `maxEntries` notices, and counted beyond.
    if (!question) report({ key: clip(key), value: clip(value), reason: 'key' });
    else if (facts.has(key)) {
      if (facts.get(key) !== value) report({ key, value: clip(value), reason: 'repeated' });
    } else if (!question.options.some((option) => option.value === value)) report({ key, value: clip(value), reason: 'value' });
    else facts.set(key, value);
  }
  if (excess) unknown.push({ key: '…', value: String(excess), reason: 'excess' });
  return { facts, unknown };
}

const heavier = (a: Verdict | undefined, b: Verdict) => (a === undefined || severity[b] > severity[a] ? b : a);

/** A set of outcomes as bits: the search keeps thousands of them, so they must be cheap to merge and compare. */
const outcomeBit: Record<Verdict | 'none', number> = { allowed: 1, caution: 2, violation: 4, none: 8 };
const outcomesOf = (bits: number) => (Object.keys(outcomeBit) as (Verdict | 'none')[]).filter((outcome) => bits & outcomeBit[outcome]);

/** One settled branch of the search: the values it fixed (each fact to a class of equivalent values), and its outcome. */
interface Branch {
  path: { fact: string; values: readonly string[] }[];
  outcome: number;
}

const leafCache = new WeakMap<Condition, Map<string, Leaf[]>>();
/** The leaves of a condition, by the fact they compare. */
function leavesByFact(condition: Condition): Map<string, Leaf[]> {
  const cached = leafCache.get(condition);
  if (cached) return cached;
  const byFact = new Map<string, Leaf[]>();
  const walk = (part: Condition) => {
    if ('all' in part) part.all.forEach(walk);
    else if ('any' in part) part.any.forEach(walk);
    else if ('not' in part) walk(part.not);
    else byFact.set(part.fact, [...(byFact.get(part.fact) ?? []), part]);
  };
  walk(condition);
  leafCache.set(condition, byFact);
  return byFact;
}

const holds = (leaf: Leaf, value: string) =>
  leaf.operator === 'equal' ? leaf.value === value : leaf.operator === 'notEqual' ? leaf.value !== value : (leaf.value.includes(value) === (leaf.operator === 'in'));

/**
 * The values of a fact grouped into classes that no open rule tells apart (the four bound actors for most rules,
 * every activity no open rule names): the search tries one value per class, not every value.
 */
function valueClasses(question: QuestionLogic, open: RuleLogic[]): string[][] {
  const leaves = open.flatMap((rule) => leavesByFact(rule.when).get(question.key) ?? []);
  const classes = new Map<string, string[]>();
  for (const { value } of question.options) {
    const signature = leaves.map((leaf) => (holds(leaf, value) ? '1' : '0')).join('');
    const members = classes.get(signature);
    if (members) members.push(value);
    else classes.set(signature, [value]);
  }
  return [...classes.values()];
}

/** Counts the work of one evaluation, so that a test can bound it as the rules grow. */
export interface SearchStats {
  /** Rule conditions checked during the search. */
  checks: number;
  /** Settled branches found. */
  branches: number;
}

/**
 * Every way the open facts can settle the verdict: a depth-first search over the facts the still-open rules
 * mention (see `searchOrder`), one value per class of equivalent values. A branch stops as soon as its outcome
 * can no longer change (the heaviest open verdict has already fired). The branches partition the open
 * completions, so the verdicts reachable with a fact set to a value are those of the branches that leave the
 * fact open or fix it to a class holding that value.
 */
function explore(rules: RuleLogic[], floor: Verdict | undefined, facts: Map<string, string>, set: RuleSet, path: Branch['path'], out: Branch[], stats: SearchStats) {
  let lower = floor;
  const open: RuleLogic[] = [];
  for (const rule of rules) {
    stats.checks += 1;
    const result = check(rule.when, facts);
    if (result === true) lower = heavier(lower, rule.verdict);
    else if (result === undefined) open.push(rule);
  }
  const upper = open.reduce<Verdict | undefined>((top, rule) => heavier(top, rule.verdict), lower);
  const next = open.length && !(lower !== undefined && lower === upper) ? nextFact(open, facts, set) : undefined;
  if (!next) {
    stats.branches += 1;
    out.push({ path: [...path], outcome: outcomeBit[lower ?? 'none'] });
    return;
  }
  for (const values of valueClasses(next, open)) {
    facts.set(next.key, values[0] as string);
    path.push({ fact: next.key, values });
    explore(open, lower, facts, set, path, out, stats);
    path.pop();
    facts.delete(next.key);
  }
}

const searchOrderCache = new WeakMap<QuestionLogic[], QuestionLogic[]>();
/**
 * The order the search splits on: facts with the most values first (the activity), so that each branch is left
 * with the few rules of one activity; then the asking order. Any order gives the same answer.
 */
function searchOrder(questions: QuestionLogic[]): QuestionLogic[] {
  let order = searchOrderCache.get(questions);
  if (!order) {
    order = questions.map((question, index) => ({ question, index }))
      .sort((a, b) => b.question.options.length - a.question.options.length || a.index - b.index)
      .map(({ question }) => question);
    searchOrderCache.set(questions, order);
  }
  return order;
}

/** The next fact to split on: one the open rules mention and that is not known yet. */
function nextFact(open: RuleLogic[], facts: Map<string, string>, set: RuleSet): QuestionLogic | undefined {
  const mentioned = new Set(open.flatMap((rule) => referencedFacts(rule.when)));
  return searchOrder(set.questions).find((question) => !facts.has(question.key) && mentioned.has(question.key));
}

/**
 * Which of the open facts can change the verdict on their own, in asking order: those whose values reach
 * different sets of verdicts, read off the settled branches of the search.
 */
function verdictFacts(rules: RuleLogic[], facts: Map<string, string>, set: RuleSet, branches: Branch[]): string[] {
  const open = rules.filter((rule) => check(rule.when, facts) === undefined);
  const candidates = set.questions.filter(
    (question) => !facts.has(question.key) && open.some((rule) => referencedFacts(rule.when).includes(question.key)),
  );
  const relevant = candidates.filter((question) => {
    const byValue = new Map(question.options.map((option) => [option.value, 0]));
    for (const branch of branches) {
      const fixed = branch.path.find((step) => step.fact === question.key);
      for (const value of fixed ? fixed.values : byValue.keys()) byValue.set(value, (byValue.get(value) ?? 0) | branch.outcome);
    }
    return new Set(byValue.values()).size > 1;
  });
  // Facts that matter only together (never in the rules so far) are all asked, rather than none.
  return (relevant.length ? relevant : candidates).map((question) => question.key);
}

const isActive = (rule: { validFrom?: string; validTo?: string }, today: string) =>
  (!rule.validFrom || rule.validFrom <= today) && (!rule.validTo || today <= rule.validTo);

/** The facts any rule for this activity mentions, plus who and what: the rest does not belong to it. */
function factsOfActivity(rules: RuleLogic[], activity: string): Set<string> {
  const only = new Map([['activity', activity]]);
  const keys = new Set(['actor', 'activity']);
  for (const rule of rules) {
    if (check(rule.when, only) === false) continue;
    for (const key of referencedFacts(rule.when)) keys.add(key);
    for (const refinement of rule.refinements) for (const key of referencedFacts(refinement.when)) keys.add(key);
  }
  return keys;
}

const unique = <V>(items: V[]) => [...new Set(items)];

/**
 * Evaluates a scenario against a rule set. Pure and synchronous: the same rule set and facts always give
 * the same result. The verdict is the heaviest verdict of the rules that fire, and it is given as soon as
 * no missing fact can change it; facts that would only sharpen the sanction are listed in `sharpen`.
 */
export function evaluateScenario<R extends RuleLogic, N extends NoteLogic>(set: RuleSet<R, N, QuestionLogic>, input: FactInput, options: EvaluateOptions = {}): Evaluation<R, N> {
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const rules = set.rules.filter((rule) => isActive(rule, today));
  const { facts, unknown } = acceptFacts(set.questions, input, options.maxEntries);

  const ignored: FactPair[] = [];
  const activity = facts.get('activity');
  if (activity) {
    const belonging = factsOfActivity(rules, activity);
    for (const [fact, value] of facts) {
      if (!belonging.has(fact)) {
        ignored.push({ fact, value });
        facts.delete(fact);
      }
    }
  }

  const order = set.questions.map((question) => question.key);
  const inOrder = (keys: Set<string>) => order.filter((key) => keys.has(key));
  const fired = rules.filter((rule) => check(rule.when, facts) === true);
  const open = rules.filter((rule) => check(rule.when, facts) === undefined);

  const stats = options.stats ?? { checks: 0, branches: 0 };
  const branches: Branch[] = [];
  explore(rules, undefined, new Map(facts), set, [], branches, stats);
  const reachable = outcomesOf(branches.reduce((bits, branch) => bits | branch.outcome, 0));
  const settled = reachable.length === 1 ? reachable[0] : undefined;
  const uncovered = settled === 'none';
  const verdict: Outcome = settled === undefined ? 'incomplete' : settled === 'none' ? 'caution' : settled;
  const missing = settled === undefined ? verdictFacts(rules, facts, set, branches) : [];

  // A settled verdict that no fired rule carries yet is explained by the open rules that would carry it.
  // Honorary staff and the like: the ASN forms of violation apply, with their own sanction in place of ASN discipline.
  const actor = facts.get('actor');
  const substitutes = (set.substitutes ?? []).filter((entry) => actor !== undefined && entry.forActors.includes(actor));
  const replaced = new Set(substitutes.flatMap((entry) => entry.replaces));
  const substitute = (rule: RuleLogic, codes: SanctionCode[]) =>
    substitutes.length && rule.verdict !== 'allowed'
      ? unique([...codes.filter((code) => !replaced.has(code)), ...substitutes.map((entry) => entry.code)])
      : codes;

  const explained = verdict === 'incomplete' || fired.some((rule) => rule.verdict === verdict);
  const pending = explained ? [] : open.filter((rule) => rule.verdict === verdict);
  const hits: RuleHit<R>[] = [...fired, ...pending]
    .sort((a, b) => severity[b.verdict] - severity[a.verdict])
    .map((rule) => {
      const isPending = pending.includes(rule);
      const matched = rule.refinements.filter((refinement) => check(refinement.when, facts) === true);
      const awaiting = rule.refinements.filter((refinement) => check(refinement.when, facts) === undefined);
      const sanctions = substitute(rule, unique([...rule.sanctions, ...matched.flatMap((refinement) => refinement.sanctions)]));
      const possible = [
        ...(rule.possibleSanctions ?? []),
        ...matched.flatMap((refinement) => refinement.possibleSanctions ?? []),
        ...awaiting.flatMap((refinement) => [...refinement.sanctions, ...(refinement.possibleSanctions ?? [])]),
      ];
      return {
        rule,
        pending: isPending,
        because: isPending ? supportingFacts(rule.when, facts) : traceFacts(rule.when, facts),
        refinements: matched.map((refinement) => ({ refinement, because: traceFacts(refinement.when, facts) })),
        sanctions,
        possibleSanctions: unique(possible).filter((code) => !replaced.has(code) && !sanctions.includes(code)),
      };
    });

  const sharpenKeys = new Set<string>();
  for (const rule of [...fired, ...pending])
    for (const refinement of rule.refinements)
      if (check(refinement.when, facts) === undefined) for (const key of referencedFacts(refinement.when)) sharpenKeys.add(key);
  if (verdict !== 'incomplete')
    for (const rule of open) if (rule.verdict === verdict) for (const key of referencedFacts(rule.when)) sharpenKeys.add(key);
  const sharpen = inOrder(sharpenKeys).filter((key) => !facts.has(key) && !missing.includes(key));

  const sanctions = unique(hits.flatMap((hit) => hit.sanctions));
  const possibleSanctions = unique(hits.flatMap((hit) => hit.possibleSanctions)).filter((code) => !sanctions.includes(code));
  const notes = set.notes.filter(
    (note) =>
      check(note.when, facts) === true &&
      (!note.ifSanctions || note.ifSanctions.some((code) => sanctions.includes(code) || possibleSanctions.includes(code))),
  );

  return {
    verdict,
    facts: order.filter((key) => facts.has(key)).map((fact) => ({ fact, value: facts.get(fact) as string })),
    rules: hits,
    sanctions,
    possibleSanctions,
    missing,
    sharpen,
    unknown,
    ignored,
    notes,
    uncovered,
  };
}

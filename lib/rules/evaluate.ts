import { type Compiled, check, compiled, referencedFacts, referencedSet, supportingFacts, traceFacts } from './conditions';
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

/** A rule as the search uses it: its condition compiled, the facts it mentions, and its comparisons by fact. */
interface SearchRule {
  verdict: Verdict;
  test: Compiled;
  mentions: ReadonlySet<string>;
  leaves: ReadonlyMap<string, Leaf[]>;
}

const searchRuleCache = new WeakMap<RuleLogic, SearchRule>();
function searchRule(rule: RuleLogic): SearchRule {
  let found = searchRuleCache.get(rule);
  if (!found) {
    const leaves = new Map<string, Leaf[]>();
    const walk = (part: Condition) => {
      if ('all' in part) part.all.forEach(walk);
      else if ('any' in part) part.any.forEach(walk);
      else if ('not' in part) walk(part.not);
      else leaves.set(part.fact, [...(leaves.get(part.fact) ?? []), part]);
    };
    walk(rule.when);
    found = { verdict: rule.verdict, test: compiled(rule.when), mentions: referencedSet(rule.when), leaves };
    searchRuleCache.set(rule, found);
  }
  return found;
}

/**
 * Compiles every condition of a rule set ahead of its first evaluation, which otherwise pays for it: a page can
 * do this while it is idle, apart from the evaluation itself, so that neither makes a long task.
 */
export function prepareRules(set: RuleSet): void {
  for (const rule of set.rules) {
    searchRule(rule);
    for (const refinement of rule.refinements) compiled(refinement.when);
  }
  for (const note of set.notes) compiled(note.when);
}

const holds = (leaf: Leaf, value: string) =>
  leaf.operator === 'equal' ? leaf.value === value : leaf.operator === 'notEqual' ? leaf.value !== value : (leaf.value.includes(value) === (leaf.operator === 'in'));

/**
 * The values of a fact grouped into classes that no open rule tells apart (the four bound actors for most rules,
 * every activity no open rule names): the search tries one value per class, not every value. Each condition on
 * the fact splits the classes into values that meet it and values that do not.
 */
function valueClasses(question: QuestionLogic, open: SearchRule[]): string[][] {
  let classes: string[][] = [question.options.map((option) => option.value)];
  for (const rule of open) {
    for (const leaf of rule.leaves.get(question.key) ?? []) {
      const split: string[][] = [];
      for (const members of classes) {
        const meets: string[] = [];
        const fails: string[] = [];
        for (const value of members) (holds(leaf, value) ? meets : fails).push(value);
        // Keep each class's first value first, so the order does not depend on the conditions.
        if (meets.length && fails.length) split.push(...(meets[0] === members[0] ? [meets, fails] : [fails, meets]));
        else split.push(members);
      }
      classes = split;
      if (classes.length === question.options.length) return classes;
    }
  }
  return classes;
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
function explore(rules: SearchRule[], floor: Verdict | undefined, facts: Map<string, string>, order: QuestionLogic[], path: Branch['path'], out: Branch[], stats: SearchStats, changed?: string) {
  let lower = floor;
  let upper = floor;
  const open: SearchRule[] = [];
  for (const rule of rules) {
    // A rule open one step up stays open unless it mentions the fact this step has just set.
    const recheck = changed === undefined || rule.mentions.has(changed);
    if (recheck) stats.checks += 1;
    const result = recheck ? rule.test(facts) : undefined;
    if (result === true) {
      lower = heavier(lower, rule.verdict);
      upper = heavier(upper, rule.verdict);
    } else if (result === undefined) {
      open.push(rule);
      upper = heavier(upper, rule.verdict);
    }
  }
  const next = open.length && !(lower !== undefined && lower === upper) ? nextFact(open, facts, order) : undefined;
  if (!next) {
    stats.branches += 1;
    out.push({ path: [...path], outcome: outcomeBit[lower ?? 'none'] });
    return;
  }
  for (const values of valueClasses(next, open)) {
    facts.set(next.key, values[0] as string);
    path.push({ fact: next.key, values });
    explore(open, lower, facts, order, path, out, stats, next.key);
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
function nextFact(open: SearchRule[], facts: Map<string, string>, order: QuestionLogic[]): QuestionLogic | undefined {
  return order.find((question) => !facts.has(question.key) && open.some((rule) => rule.mentions.has(question.key)));
}

/**
 * Which of the open facts can change the verdict on their own, in asking order: those whose values reach
 * different sets of verdicts, read off the settled branches of the search. A branch that leaves a fact open
 * reaches its outcome with every value of it; one that fixes the fact, with the values of its class.
 */
function verdictFacts(rules: RuleLogic[], facts: Map<string, string>, set: RuleSet, branches: Branch[]): string[] {
  const open = rules.filter((rule) => check(rule.when, facts) === undefined);
  const candidates = set.questions.filter((question) => !facts.has(question.key) && open.some((rule) => referencedSet(rule.when).has(question.key)));
  const all = branches.reduce((bits, branch) => bits | branch.outcome, 0);
  // Per fact: the outcomes of the branches that leave it open, and those reached with each value it was fixed to.
  const leftOpen = candidates.map(() => 0);
  const byValue = new Map(candidates.map((question) => [question.key, new Map<string, number>()]));
  for (const branch of branches) {
    for (const step of branch.path) {
      const values = byValue.get(step.fact);
      if (values) for (const value of step.values) values.set(value, (values.get(value) ?? 0) | branch.outcome);
    }
    candidates.forEach((question, index) => {
      if (!branch.path.some((step) => step.fact === question.key)) leftOpen[index] = (leftOpen[index] as number) | branch.outcome;
    });
  }
  const relevant = candidates.filter((question, index) => {
    const always = leftOpen[index] as number;
    if (always === all) return false;
    const values = byValue.get(question.key) as Map<string, number>;
    const reached = new Set(question.options.map((option) => always | (values.get(option.value) ?? 0)));
    return reached.size > 1;
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
  explore(rules.map(searchRule), undefined, new Map(facts), searchOrder(set.questions), [], branches, stats);
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

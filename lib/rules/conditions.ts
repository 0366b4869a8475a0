import type { Condition, FactPair } from './types';

export type Facts = ReadonlyMap<string, string>;

/** A condition as a function of the facts, with `check`'s three-valued answer. */
export type Compiled = (facts: Facts) => boolean | undefined;

function compile(condition: Condition): Compiled {
  if ('all' in condition) {
    const parts = condition.all.map(compiled);
    return (facts) => {
      let open = false;
      for (const part of parts) {
        const result = part(facts);
        if (result === false) return false;
        if (result === undefined) open = true;
      }
      return open ? undefined : true;
    };
  }
  if ('any' in condition) {
    const parts = condition.any.map(compiled);
    return (facts) => {
      let open = false;
      for (const part of parts) {
        const result = part(facts);
        if (result === true) return true;
        if (result === undefined) open = true;
      }
      return open ? undefined : false;
    };
  }
  if ('not' in condition) {
    const part = compiled(condition.not);
    return (facts) => {
      const result = part(facts);
      return result === undefined ? undefined : !result;
    };
  }
  const { fact } = condition;
  switch (condition.operator) {
    case 'equal': {
      const expected = condition.value;
      return (facts) => {
        const value = facts.get(fact);
        return value === undefined ? undefined : value === expected;
      };
    }
    case 'notEqual': {
      const expected = condition.value;
      return (facts) => {
        const value = facts.get(fact);
        return value === undefined ? undefined : value !== expected;
      };
    }
    case 'in':
    case 'notIn': {
      const listed = new Set(condition.value);
      const inside = condition.operator === 'in';
      return (facts) => {
        const value = facts.get(fact);
        return value === undefined ? undefined : listed.has(value) === inside;
      };
    }
  }
}

const compiledCache = new WeakMap<Condition, Compiled>();
/** The condition as a function, made once per condition. */
export function compiled(condition: Condition): Compiled {
  let found = compiledCache.get(condition);
  if (!found) {
    found = compile(condition);
    compiledCache.set(condition, found);
  }
  return found;
}

/**
 * Three-valued (Kleene) evaluation: `true` or `false` when the known facts settle the condition,
 * `undefined` when it still depends on a fact not given. `all` is false as soon as one part is false,
 * `any` true as soon as one part is true, whatever the unknown parts would be. Each condition is turned
 * into a closure once: the next-question search checks the same conditions thousands of times.
 */
export function check(condition: Condition, facts: Facts): boolean | undefined {
  return compiled(condition)(facts);
}

const referencedCache = new WeakMap<Condition, string[]>();

/** Every fact a condition mentions, once each. */
export function referencedFacts(condition: Condition): string[] {
  const cached = referencedCache.get(condition);
  if (cached) return cached;
  const found = new Set<string>();
  const walk = (part: Condition) => {
    if ('all' in part) part.all.forEach(walk);
    else if ('any' in part) part.any.forEach(walk);
    else if ('not' in part) walk(part.not);
    else found.add(part.fact);
  };
  walk(condition);
  const list = [...found];
  referencedCache.set(condition, list);
  return list;
}

const referencedSetCache = new WeakMap<Condition, ReadonlySet<string>>();

/** The facts a condition mentions, as a set (the search asks this for every question at every step). */
export function referencedSet(condition: Condition): ReadonlySet<string> {
  let found = referencedSetCache.get(condition);
  if (!found) {
    found = new Set(referencedFacts(condition));
    referencedSetCache.set(condition, found);
  }
  return found;
}

/**
 * The facts that made a condition hold: for `all` every part, for `any` the first part that holds, for
 * `not` the facts of the part that failed. Call it only on a condition that holds.
 */
export function traceFacts(condition: Condition, facts: Facts): FactPair[] {
  const pairs = new Map<string, string>();
  const add = (fact: string) => {
    const value = facts.get(fact);
    if (value !== undefined) pairs.set(fact, value);
  };
  const walk = (part: Condition) => {
    if ('all' in part) part.all.forEach(walk);
    else if ('any' in part) {
      const holding = part.any.find((child) => check(child, facts) === true);
      if (holding) walk(holding);
    } else if ('not' in part) referencedFacts(part.not).forEach(add);
    else add(part.fact);
  };
  walk(condition);
  return [...pairs].map(([fact, value]) => ({ fact, value }));
}

/**
 * The known facts that hold in a condition that has not fired yet: for `all` each part, for `any` the
 * parts still possible; `not` parts are skipped. It explains a rule that decides the verdict before all
 * of its facts are known.
 */
export function supportingFacts(condition: Condition, facts: Facts): FactPair[] {
  const pairs = new Map<string, string>();
  const walk = (part: Condition) => {
    if ('all' in part) part.all.forEach(walk);
    else if ('any' in part) part.any.filter((child) => check(child, facts) !== false).forEach(walk);
    else if (!('not' in part) && check(part, facts) === true) pairs.set(part.fact, facts.get(part.fact) as string);
  };
  walk(condition);
  return [...pairs].map(([fact, value]) => ({ fact, value }));
}

import type { FactPair } from './types';

/** Longer query strings are cut here: no scenario needs more, and a flood must not slow the page. */
export const maxQueryLength = 2000;

/**
 * The checker's URL query as raw entries, in order and with repeats, for the engine to sort out. Never
 * throws: malformed escapes become U+FFFD, and anything past `maxQueryLength` characters is dropped.
 */
export function parseQuery(search: string): [string, string][] {
  const text = search.startsWith('?') ? search.slice(1) : search;
  return [...new URLSearchParams(text.slice(0, maxQueryLength)).entries()];
}

/** `?actor=pns&activity=vote` for the facts given, in their order (the asking order). */
export function serializeQuery(facts: FactPair[]): string {
  const params = new URLSearchParams();
  for (const { fact, value } of facts) params.append(fact, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}

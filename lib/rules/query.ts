import type { FactPair } from './types';

/**
 * Entries past this many are not read at all, only counted: no scenario needs more, and a flood must not slow
 * the page. The engine reads far fewer (`maxEntries`), but counts and names what it leaves.
 */
export const maxQueryEntries = 2000;

/**
 * A scenario text (the URL fragment `#actor=pns&…`, or an old link's query `?actor=pns&…`) as raw entries,
 * in order and with repeats, for the engine to sort out. Never throws: malformed escapes become U+FFFD. Entries
 * past `maxQueryEntries` become one `['…', count]` entry, which the engine reports as not read.
 */
export function parseQuery(search: string): [string, string][] {
  const text = search.startsWith('?') || search.startsWith('#') ? search.slice(1) : search;
  const parts = text.split('&');
  const entries = [...new URLSearchParams(parts.slice(0, maxQueryEntries).join('&')).entries()];
  const unread = parts.length - maxQueryEntries;
  return unread > 0 ? [...entries, [unreadEntries, String(unread)]] : entries;
}

/** The key of the entry that stands for entries `parseQuery` did not read; its value is how many. */
export const unreadEntries = '…';

function scenarioText(facts: FactPair[]): string {
  const params = new URLSearchParams();
  for (const { fact, value } of facts) params.append(fact, value);
  return params.toString();
}

/** `?actor=pns&activity=vote` for the facts given, in their order (the asking order). Kept for old links and the CLI. */
export function serializeQuery(facts: FactPair[]): string {
  const text = scenarioText(facts);
  return text ? `?${text}` : '';
}

/**
 * `#actor=pns&activity=vote`: where the checker keeps a scenario, because browsers never send the fragment to
 * the web server, so what a person asks stays out of the host's logs.
 */
export function serializeFragment(facts: FactPair[]): string {
  const text = scenarioText(facts);
  return text ? `#${text}` : '';
}

/**
 * Where the scenario of a checker address is: the fragment, or else (an old link) the query. `migrate` says
 * the address still carries a query, which the page replaces by the fragment once it has read it. A fragment
 * with no `=` is a place on the page (the skip link's `#main`), not a scenario: `anchor` says so.
 */
export function scenarioFromLocation({ search, hash }: { search: string; hash: string }): { text: string; migrate: boolean; anchor: boolean } {
  const anchor = hash.length > 1 && !hash.includes('=');
  const fromHash = hash.length > 1 && !anchor;
  return { text: fromHash ? hash : search.length > 1 ? search : '', migrate: search.length > 1, anchor };
}

/** The status the gallery's cases and the search's suggestions are written for. */
export const casesWrittenFor = 'pns';

/** The same scenario with another status, for cases written for a PNS: the status a person chose carries over. */
export function withActor(facts: FactPair[], actor: string | undefined, defaultActor = casesWrittenFor): FactPair[] {
  if (!actor || actor === defaultActor) return facts;
  return facts.map((pair) => (pair.fact === 'actor' && pair.value === defaultActor ? { fact: 'actor', value: actor } : pair));
}

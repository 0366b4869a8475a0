import type { FactPair } from '@/lib/rules/types';

/**
 * The status written into the example scenarios when a case is not about one status in particular: the
 * content gives a generic case the PNS status, and a case about another status (a police officer voting)
 * keeps its own.
 */
export const GENERIC_STATUS = 'pns';

/** A suggested case's facts with the status the user already chose, so a PPPK is not answered as a PNS. */
export function withChosenStatus(facts: FactPair[], chosen: string | undefined): FactPair[] {
  if (!chosen) return facts;
  return facts.map((pair) => (pair.fact === 'actor' && pair.value === GENERIC_STATUS ? { fact: 'actor', value: chosen } : pair));
}

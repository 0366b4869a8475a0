/**
 * Picks where to report from who acted and what happened. Pure: the channels come from content
 * (content/checker/report-channels.json), each saying whom and what it takes.
 */
export type Party = 'asn_known' | 'asn_unknown' | 'village' | 'tni_polri' | 'candidate';
export type Breach = 'election_law' | 'discipline';

export const parties: readonly Party[] = ['asn_known', 'asn_unknown', 'village', 'tni_polri', 'candidate'];
export const breaches: readonly (Breach | 'not_sure')[] = ['election_law', 'discipline', 'not_sure'];

export interface Routable {
  id: string;
  who: readonly string[];
  what: readonly string[];
}

/**
 * The channels for each kind of breach in question (both when the witness is not sure), in the file's
 * order; a kind with no channel for this party is kept with an empty list, so the page can say so.
 */
export function pickChannels<C extends Routable>(channels: readonly C[], who: Party, what: Breach | 'not_sure'): { breach: Breach; channels: C[] }[] {
  const kinds: Breach[] = what === 'not_sure' ? ['election_law', 'discipline'] : [what];
  return kinds.map((breach) => ({ breach, channels: channels.filter((channel) => channel.who.includes(who) && channel.what.includes(breach)) }));
}

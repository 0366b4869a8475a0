import { describe, expect, it } from 'vitest';
import { checkerContent } from '@/lib/rules/index';
import { pickChannels } from './pick';

const channels = checkerContent().channels;
const ids = (who: Parameters<typeof pickChannels>[1], what: Parameters<typeof pickChannels>[2]) =>
  pickChannels(channels, who, what).map(({ breach, channels: picked }) => [breach, picked.map((channel) => channel.id)]);

describe('picking the reporting channel (content/checker/report-channels.json and the sources it cites)', () => {
  it('an ASN whose NIK or NIP you know, discipline: BKN SBT and the agency desk, plus Bawaslu', () => {
    expect(ids('asn_known', 'discipline')).toEqual([['discipline', ['bawaslu', 'bkn', 'agency-desk']]]);
  });
  it('an ASN without NIK or NIP: SP4N-LAPOR!, never BKN SBT', () => {
    const picked = ids('asn_unknown', 'discipline')[0]?.[1];
    expect(picked).toContain('sp4n-lapor');
    expect(picked).not.toContain('bkn');
  });
  it('a village official breaching election law: Bawaslu, then the Gakkumdu through it', () => {
    expect(ids('village', 'election_law')).toEqual([['election_law', ['bawaslu', 'gakkumdu']]]);
  });
  it('not sure: both kinds, each with its channels', () => {
    expect(ids('candidate', 'not_sure').map(([breach]) => breach)).toEqual(['election_law', 'discipline']);
  });
  it('every election-law route includes Bawaslu, whose deadline is 7 days', () => {
    for (const who of ['asn_known', 'asn_unknown', 'village', 'tni_polri', 'candidate'] as const) {
      const picked = pickChannels(channels, who, 'election_law')[0]?.channels ?? [];
      expect(picked.map((channel) => channel.id)).toContain('bawaslu');
    }
    expect(channels.find((channel) => channel.id === 'bawaslu')?.deadline?.en).toMatch(/7 days/);
  });
  it('every channel cites sources that exist', async () => {
    const { getSources } = await import('@/lib/content/catalog');
    const known = new Set(getSources().map((source) => source.id));
    for (const channel of channels) for (const id of channel.sources) expect(known.has(id), `${channel.id}: ${id}`).toBe(true);
  });
});

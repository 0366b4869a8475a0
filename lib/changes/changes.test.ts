import { describe, expect, it } from 'vitest';
import { buildAtomFeed } from './atom';
import { loadChanges } from './load';
import { checkChangeReferences } from './references';
import type { LawChange } from './schema';
import { buildTimeline, statesItsEnd } from './timeline';

const text = (value: string) => ({ id: value, en: value });
const change = (id: string, date: string, extra: Partial<LawChange> = {}): LawChange => ({
  id,
  date,
  certainty: 'verified',
  title: text(`title ${id}`),
  summary: text('summary'),
  before: text('before'),
  after: text('after'),
  instruments: ['uu-7-2017'],
  sources: ['news-a'],
  guides: ['sanksi'],
  rules: [],
  lastChecked: '2026-12-01',
  ...extra,
});

describe('content/changes.json', () => {
  const content = loadChanges();

  it('holds every dated change of the December 2026 update (content/changes.json, with the sources of each entry)', () => {
    const byId = new Map(content.changes.map((entry) => [entry.id, entry.date]));
    expect(Object.fromEntries([...byId].filter(([id]) => !['uu-20-2023-uu-asn-baru', 'skb-2022-pedoman-pemilu-2024', 'pp-94-2021-disiplin-pns-baru'].includes(id)))).toEqual({
      'kuhp-baru-dan-penyesuaian-pidana': '2026-01-02', // §13.1
      'pkpu-10-2023-caleg-asn-mundur-saat-pengajuan': '2023-04-18', // §13.2
      'se-menpanrb-1-2023-honorer-wajib-netral': '2023-01-03', // §13.4
      'kepmenpanrb-16-2025-pppk-paruh-waktu': '2025-01-15', // §13.4 (oldest copy; see its dateNote)
      'mk-65-kampanye-di-fasilitas-pemerintah-dan-pendidikan': '2023-08-15', // §13.7
      'kasn-berhenti-pengawasan-ke-bkn': '2024-09-04', // §13.11
      'mk-121-lembaga-pengawas-independen': '2025-10-16', // §13.11
      'mk-135-pemilu-nasional-dan-daerah-dipisah': '2025-06-26', // §13.11
      'mk-136-pidana-pejabat-daerah-tni-polri': '2024-11-14',
    });
  });

  it('never states a penalty figure as what holds now: old figures only in "before"', () => {
    const figure = /Rp\s?\d|kurungan paling|detention of up to|\d+\s?(?:–|-)\s?\d+ (?:bulan|months)/i;
    for (const entry of content.changes)
      for (const field of ['title', 'summary', 'after'] as const) {
        expect(entry[field].id, `${entry.id}.${field}.id`).not.toMatch(figure);
        expect(entry[field].en, `${entry.id}.${field}.en`).not.toMatch(figure);
      }
    const kuhp = content.changes.find((entry) => entry.id === 'kuhp-baru-dan-penyesuaian-pidana');
    expect(kuhp?.before.en).toMatch(/Rp12 million.*Rp600,000–Rp6 million/);
    expect(kuhp?.after.en).toMatch(/unconfirmed/);
  });

  it('dates the last check from the data', () => {
    expect(content.lastChecked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(content.lastChecked >= (content.changes.map((entry) => entry.lastChecked).sort().at(-1) ?? '9999')).toBe(true);
  });
});

describe('checkChangeReferences', () => {
  const known = {
    instruments: new Set(['uu-7-2017']),
    sources: new Set(['news-a']),
    guides: new Set(['sanksi']),
    rules: new Set(['vote-right']),
  };

  it('accepts ids that resolve', () => {
    expect(checkChangeReferences([change('a', '2026-01-02', { rules: ['vote-right'] })], known)).toEqual([]);
  });

  it('names the file and the field of every id that does not resolve, and duplicate ids', () => {
    const problems = checkChangeReferences(
      [change('a', '2026-01-02', { instruments: ['uu-7-2017', 'uu-99-2099'], sources: ['news-b'], guides: ['nope'], rules: ['gone'] }), change('a', '2025-01-01')],
      known,
    );
    expect(problems).toEqual([
      'content/changes.json: [0].instruments[1]: unknown instrument "uu-99-2099" (not in content/instruments.json)',
      'content/changes.json: [0].sources[0]: unknown source "news-b" (not in content/sources.json)',
      'content/changes.json: [0].guides[0]: unknown guide "nope" (not in content/guides/)',
      'content/changes.json: [0].rules[0]: unknown rule "gone" (not in content/rules/)',
      'content/changes.json: [1].id: duplicate id "a"',
    ]);
  });
});

describe('buildTimeline', () => {
  it('lists law and rule changes together, newest first, with unique ids', () => {
    const timeline = buildTimeline(
      [change('old', '2023-01-03'), change('new', '2026-01-02')],
      [{ id: 'campaign-team-asn', title: text('Campaign team'), changes: [{ date: '2026-01-02', summary: text('s'), before: text('b'), sources: ['news-a'] }] }],
    );
    expect(timeline.map((entry) => [entry.date, entry.id, entry.kind])).toEqual([
      ['2026-01-02', 'aturan-campaign-team-asn-2026-01-02', 'rule'],
      ['2026-01-02', 'new', 'law'],
      ['2023-01-03', 'old', 'law'],
    ]);
    expect(timeline[0]?.rules).toEqual(['campaign-team-asn']);
  });
});

describe('buildAtomFeed', () => {
  const xml = buildAtomFeed({
    id: 'https://example.org/id/perubahan/feed.xml',
    title: 'Apa yang berubah',
    subtitle: 'A & B <c>',
    language: 'id',
    pageUrl: 'https://example.org/id/perubahan/',
    feedUrl: 'https://example.org/id/perubahan/feed.xml',
    author: 'ASN Netral',
    entries: [
      { id: 'https://example.org/id/perubahan/#b', title: 'Pasal "188" & 189', date: '2026-01-02', link: 'https://example.org/id/perubahan/#b', summary: '<b>x</b>' },
      { id: 'https://example.org/id/perubahan/#a', title: 'A', date: '2023-01-03', link: 'https://example.org/id/perubahan/#a', summary: 'y' },
    ],
  });

  it('is dated by its newest entry, not by the build', () => {
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="id">');
    expect(xml.match(/<updated>[^<]+<\/updated>/g)).toEqual(['<updated>2026-01-02T00:00:00Z</updated>', '<updated>2026-01-02T00:00:00Z</updated>', '<updated>2023-01-03T00:00:00Z</updated>']);
  });

  it('escapes text and attributes', () => {
    expect(xml).toContain('<title>Pasal &quot;188&quot; &amp; 189</title>');
    expect(xml).toContain('<subtitle>A &amp; B &lt;c&gt;</subtitle>');
    expect(xml).toContain('<summary>&lt;b&gt;x&lt;/b&gt;</summary>');
    expect(xml).not.toMatch(/<b>/);
  });
});

describe('previousDay', () => {
  it('steps back over month and year ends', async () => {
    const { previousDay } = await import('./paths');
    expect(previousDay('2026-01-02')).toBe('2026-01-01');
    expect(previousDay('2026-01-01')).toBe('2025-12-31');
    expect(previousDay('2024-03-01')).toBe('2024-02-29');
  });
});

describe('statesItsEnd', () => {
  it('recognises a "before" text that already says until when it held', () => {
    expect(statesItsEnd('Until 30 November 2026 this portal said …')).toBe(true);
    expect(statesItsEnd('Sampai 1 Januari 2026: kurungan …')).toBe(true);
    expect(statesItsEnd('Law 7/2017 Articles 493 and 494 carried …')).toBe(false);
    expect(statesItsEnd('Until the ruling, …')).toBe(false);
  });
});

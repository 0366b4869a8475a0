import { describe, expect, it } from 'vitest';
import { getSourceHref } from '@/lib/content/catalog';
import { content } from '@/lib/content/load';
import { sourceHref } from './source-href';

const places = {
  instruments: [{ id: 'pp-94-2021' }],
  sources: [
    { id: 'seed-jateng-2023', kind: 'seed' },
    { id: 'kompas-2023', kind: 'news' },
    { id: 'bkn-page', kind: 'official' },
    { id: 'skb-copy', kind: 'document' },
  ],
};

describe('sourceHref', () => {
  it('sends instruments and seed articles to the sources page', () => {
    expect(sourceHref(places, 'id', 'pp-94-2021')).toBe('/id/sumber/#pp-94-2021');
    expect(sourceHref(places, 'en', 'seed-jateng-2023')).toBe('/en/sumber/#seed-jateng-2023');
  });

  it('sends news, official pages and document copies to the secondary sources page', () => {
    expect(sourceHref(places, 'id', 'kompas-2023')).toBe('/id/sumber/sekunder/#kompas-2023');
    expect(sourceHref(places, 'en', 'bkn-page')).toBe('/en/sumber/sekunder/#bkn-page');
    expect(sourceHref(places, 'id', 'skb-copy')).toBe('/id/sumber/sekunder/#skb-copy');
  });

  it('refuses an id the catalog does not have, naming it', () => {
    expect(() => sourceHref(places, 'id', 'no-such-source')).toThrow(/"no-such-source"/);
  });

  it('knows every entry of the real catalog, each on the page that lists it', () => {
    const { catalog } = content();
    for (const instrument of catalog.instruments) expect(getSourceHref('id', instrument.id)).toBe(`/id/sumber/#${instrument.id}`);
    for (const source of catalog.sources) {
      expect(getSourceHref('en', source.id)).toBe(source.kind === 'seed' ? `/en/sumber/#${source.id}` : `/en/sumber/sekunder/#${source.id}`);
    }
    expect(catalog.sources.some((source) => source.kind !== 'seed')).toBe(true);
  });
});

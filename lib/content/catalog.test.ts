import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { content, loadContent } from './load';
import { readContentFile } from './validate';
import { extractHeadingAnchors } from './heading-anchors';
import { localize } from './localize';
import { requiredInstrumentIds, requiredSeedIds, requiredViolationIds } from './references';
import { sanctionCodes } from '@/lib/rules/vocabulary';
import { sanctionsSchema } from './sanction';
import { sourcesSchema } from './source';
import { violationsSchema } from './violation';

const root = process.cwd();
const fixtures = path.join(__dirname, 'fixtures', 'catalog');
const readGuide = (slug: string, locale: string) => readFileSync(path.join(root, 'content', 'guides', slug, `${locale}.mdx`), 'utf8');

describe('the real structured content', () => {
  const { catalog } = content();

  it('has every id of the shared contract', () => {
    expect(catalog.sanctions.map((s) => s.code)).toEqual([...sanctionCodes]);
    expect(catalog.instruments.map((i) => i.id)).toEqual(expect.arrayContaining(requiredInstrumentIds));
    expect(catalog.violations.map((v) => v.id)).toEqual(requiredViolationIds);
    expect(catalog.sources.slice(0, 5).map((s) => s.id).sort()).toEqual([...requiredSeedIds].sort());
  });

  it('places every claim of every seed article in a guide section that exists in both languages', () => {
    const seeds = catalog.sources.filter((source) => source.kind === 'seed');
    expect(seeds).toHaveLength(5);
    for (const seed of seeds) {
      expect(seed.claims.length, seed.id).toBeGreaterThan(0);
      for (const claim of seed.claims) {
        for (const locale of ['id', 'en']) {
          expect(extractHeadingAnchors(readGuide(claim.coveredIn.guide, locale)), `${seed.id} → ${claim.coveredIn.guide}/${locale}`).toContain(
            claim.coveredIn.anchor,
          );
        }
      }
    }
  });

  it('explains the known problems of the seed articles with corrections', () => {
    const corrections = catalog.sources.flatMap((source) => source.claims.filter((claim) => claim.correction).map((claim) => `${source.id}: ${claim.correction?.en}`));
    expect(corrections.join('\n')).toMatch(/seed-skb-16-2024: .*true item 3: a photo/);
    expect(corrections.join('\n')).toMatch(/seed-pekalongan-2023: .*KASN was dissolved/);
    expect(corrections.join('\n')).toMatch(/seed-kasn-jogja-2023: .*1,536.*1,597/);
    expect(corrections.join('\n')).toMatch(/seed-kobar-2022: .*14 February 2024.*27 November 2024/);
    expect(corrections.join('\n')).toMatch(/seed-skb-16-2024: .*revoked by Law 20\/2023/);
  });

  it('never gives a per-item sanction for the 2020 list except dismissal for party membership', () => {
    const list2020 = catalog.violations.filter((v) => v.list === 'skb2020');
    expect(list2020.filter((v) => v.sanctions.length).map((v) => [v.id, v.sanctions])).toEqual([['skb2020-16', ['ptdh']]]);
    for (const violation of list2020.slice(0, 15)) {
      expect(violation.sanctionStatus).toBe('unconfirmed');
      expect(violation.sanctionNote?.en).toMatch(/GR 53\/2010.*GR 94\/2021/);
    }
  });

  it('gives the 2022 code-of-ethics items a moral sanction (or, toward a bakal calon, possibly a severe one) and party membership a dismissal', () => {
    // content/violations.json (sanctionNote and sources of skb2022-ke-1…6): for acts toward a bakal calon the sanction is "moral or severe, not settled", never moral only.
    for (const violation of catalog.violations.filter((v) => v.list === 'skb2022-kode-etik')) {
      if (violation.id === 'skb2022-ke-7') expect(violation.sanctions).toEqual(['moral']);
      else expect([violation.id, violation.sanctions, violation.sanctionStatus]).toEqual([violation.id, ['moral', 'disiplin_berat'], 'unconfirmed']);
    }
    expect(catalog.violations.find((v) => v.id === 'skb2022-d-5')?.sanctions).toEqual(['ptdh']);
    expect(catalog.violations.find((v) => v.id === 'skb2022-d-3')?.sanctions).toEqual(['disiplin_sedang']);
  });

  it('localizes side-by-side text', () => {
    const moral = catalog.sanctions[0];
    expect(moral && localize(moral.name, 'id')).toBe('Sanksi moral');
    expect(moral && localize(moral.name, 'en')).toBe('Moral sanction');
  });
});

describe('a bad content file stops the build, naming the file and the field', () => {
  it('reports a missing language', () => {
    expect(() => readContentFile(violationsSchema, 'violations-missing-en.json', fixtures)).toThrow(
      /violations-missing-en\.json: \[0\]\.text\.en: /,
    );
  });

  it('reports an unknown sanction code', () => {
    expect(() => readContentFile(sanctionsSchema, 'sanctions-bad-code.json', fixtures)).toThrow(/sanctions-bad-code\.json: \[0\]\.code: /);
  });

  it('reports a bad date and a seed article without claims', () => {
    const error = (() => {
      try {
        readContentFile(sourcesSchema, 'sources-seed-without-claims.json', fixtures);
      } catch (caught) {
        return String(caught);
      }
    })();
    expect(error).toMatch(/sources-seed-without-claims\.json: \[0\]\.date: expected a date as yyyy-mm-dd/);
    expect(error).toMatch(/sources-seed-without-claims\.json: \[0\]\.claims: a seed article must list its claims/);
  });

  it('reports a file that is not JSON', () => {
    expect(() => readContentFile(sourcesSchema, 'not-json.json', fixtures)).toThrow(/not-json\.json: \(file\): /);
  });
});

describe('a broken reference stops the build, naming the file and the field', () => {
  let copy = '';
  const brokenCopy = (file: string, edit: (text: string) => string) => {
    copy = mkdtempSync(path.join(tmpdir(), 'asn-content-'));
    cpSync(path.join(root, 'content'), path.join(copy, 'content'), { recursive: true });
    const target = path.join(copy, file);
    writeFileSync(target, edit(readFileSync(target, 'utf8')));
    return copy;
  };
  afterEach(() => rmSync(copy, { recursive: true, force: true }));

  it('an unknown source id in a violation', () => {
    const dir = brokenCopy('content/violations.json', (text) => text.replace('"news-tagar-16-larangan"', '"news-no-such-article"'));
    expect(() => loadContent(dir)).toThrow(/content\/violations\.json: \[0\]\.sources\[0\]: unknown source "news-no-such-article"/);
  });

  it('an unknown instrument in a sanction', () => {
    const dir = brokenCopy('content/sanctions.json', (text) => text.replace('"instrument": "pp-42-2004"', '"instrument": "pp-99-2099"'));
    expect(() => loadContent(dir)).toThrow(/content\/sanctions\.json: \[0\]\.basis\[0\]\.instrument: unknown instrument "pp-99-2099"/);
  });

  it('a claim pointing at a heading that does not exist', () => {
    const dir = brokenCopy('content/guides/tekanan-di-lapangan/en.mdx', (text) => text.replace('{/* #petahana */}', '{/* #incumbent */}'));
    expect(() => loadContent(dir)).toThrow(/content\/sources\.json: \[\d+\]\.claims\[\d+\]\.coveredIn\.anchor: no heading "#petahana" in content\/guides\/tekanan-di-lapangan\/en\.mdx/);
  });

  it('a key point pointing at an unknown guide', () => {
    const dir = brokenCopy('content/key-points.json', (text) => text.replace('"guide": "hak-pilih"', '"guide": "memilih"'));
    expect(() => loadContent(dir)).toThrow(/content\/key-points\.json: \[0\]\.guide: unknown guide "memilih"/);
  });

  it('a guide citing an unknown source', () => {
    const dir = brokenCopy('content/guides/sanksi/id.mdx', (text) => text.replace('sources: [', 'sources: [tidak-ada, '));
    expect(() => loadContent(dir)).toThrow(/content\/guides\/sanksi\/id\.mdx: sources\[0\]: unknown source or instrument "tidak-ada"/);
  });

  it('a section with source-article claims that does not show them', () => {
    const dir = brokenCopy('content/guides/hak-pilih/en.mdx', (text) => text.replace('<ArticleClaims guide="hak-pilih" at="tni-polri" />', ''));
    expect(() => loadContent(dir)).toThrow(/content\/guides\/hak-pilih\/en\.mdx: <ArticleClaims>: section "#tni-polri" has claims from the source articles but does not show them/);
  });

  it('a heading without an anchor id', () => {
    const dir = brokenCopy('content/guides/hak-pilih/id.mdx', (text) => `${text}\n## Judul tanpa id\n`);
    expect(() => loadContent(dir)).toThrow(/content\/guides\/hak-pilih\/id\.mdx: headings: no anchor id on "## Judul tanpa id"/);
  });
});

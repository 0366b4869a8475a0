import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listGuideSlugs, listGuides } from './guides';

const fixtures = path.join(__dirname, 'fixtures', 'guides');

describe('guide loading', () => {
  it('reads and sorts the real guides in both locales, with the same slugs', () => {
    const id = listGuides('id');
    const en = listGuides('en');
    expect(id.length).toBeGreaterThan(0);
    expect(en.map((guide) => guide.slug)).toEqual(id.map((guide) => guide.slug));
    expect(id.map((guide) => guide.order)).toEqual([...id.map((guide) => guide.order)].sort((a, b) => a - b));
  });

  it('accepts a well-formed guide', () => {
    expect(listGuides('en', path.join(fixtures, 'good'))).toEqual([
      expect.objectContaining({ slug: 'one', title: 'Example guide', order: 1, lastChecked: '2026-11-22' }),
    ]);
  });

  it('fails when a guide lacks a locale, naming the missing file', () => {
    expect(() => listGuideSlugs(path.join(fixtures, 'missing-en'))).toThrow(/missing-en\/one\/en\.mdx does not exist/);
  });

  it('fails on bad frontmatter, naming the file and the field', () => {
    expect(() => listGuides('en', path.join(fixtures, 'bad-frontmatter'))).toThrow(
      /bad-frontmatter\/one\/en\.mdx: lastChecked: expected a date as yyyy-mm-dd/,
    );
  });
});

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listGuideSlugs, listGuides, readGuidePages } from './guides';

const fixtures = path.join(__dirname, 'fixtures', 'guides');

describe('guide loading', () => {
  it('gives the real guides one reading order, the same in both locales', () => {
    const id = listGuides('id');
    const en = listGuides('en');
    expect(en.map((guide) => guide.slug)).toEqual(id.map((guide) => guide.slug));
    // Positions 1…n, each once: a repeated or missing position would leave the order to the folder names.
    expect(id.map((guide) => guide.order)).toEqual(id.map((_, index) => index + 1));
    expect(en.map((guide) => guide.order)).toEqual(id.map((guide) => guide.order));
    expect(id[0]?.slug).toBe('apa-itu-netralitas');
  });

  it('lists guides by their `order`, not by folder name', () => {
    expect(readGuidePages('id', path.join(fixtures, 'ordered')).map((guide) => guide.slug)).toEqual(['beta', 'alpha']);
  });

  it('accepts a well-formed guide', () => {
    expect(readGuidePages('en', path.join(fixtures, 'good'))).toEqual([
      expect.objectContaining({ slug: 'one', title: 'Example guide', order: 1, lastChecked: '2026-11-22' }),
    ]);
  });

  it('fails when a guide lacks a locale, naming the missing file', () => {
    expect(() => listGuideSlugs(path.join(fixtures, 'missing-en'))).toThrow(/missing-en\/one\/en\.mdx: \(file\): missing translation/);
  });

  it('fails on bad frontmatter, naming the file and the field', () => {
    expect(() => readGuidePages('en', path.join(fixtures, 'bad-frontmatter'))).toThrow(
      /bad-frontmatter\/one\/en\.mdx: lastChecked: expected a date as yyyy-mm-dd/,
    );
  });
});

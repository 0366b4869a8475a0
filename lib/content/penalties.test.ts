import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findOldPenalties } from './old-penalty';
import { penaltiesSchema, requiredPenaltyIds } from './penalty';
import { checkPenaltyReferences } from './penalty-references';
import { parseContent, readContentFile } from './validate';

const root = process.cwd();
const penalties = readContentFile(penaltiesSchema, 'content/penalties.json', root);

describe('content/penalties.json', () => {
  it('has every shared penalty id, once', () => {
    expect(penalties.map((penalty) => penalty.id).sort()).toEqual([...requiredPenaltyIds].sort());
  });

  it('states the current penalty as adjusted by UU 1/2026 from 2 January 2026, without unconfirmed figures', () => {
    for (const penalty of penalties) {
      expect(penalty.current, penalty.id).toMatchObject({ since: '2026-01-02', adjustedBy: 'uu-1-2026', figuresStatus: 'unconfirmed' });
      expect(penalty.current.figures, penalty.id).toBeUndefined();
    }
  });

  it('keeps the old figures as history that ended on 1 January 2026', () => {
    for (const penalty of penalties) {
      for (const past of penalty.history) expect(past.until, penalty.id).toBe('2026-01-01');
      expect(findOldPenalties(penalty.history.map((past) => `${past.penalty.id} ${past.penalty.en}`).join(' ')), penalty.id).not.toEqual([]);
    }
    // Only the old figures carry them: what it punishes and whom never quote a penalty.
    for (const penalty of penalties) {
      const { history: _history, ...rest } = penalty;
      expect(findOldPenalties(JSON.stringify(rest)), penalty.id).toEqual([]);
    }
  });
});

describe('the schema and the reference check', () => {
  const good = penalties[0];
  it('refuses figures that are not confirmed, naming file and field', () => {
    const bad = [{ ...good, current: { ...good?.current, figures: { id: 'denda kategori II', en: 'category II fine' } } }];
    expect(() => parseContent(penaltiesSchema, bad, 'content/penalties.json')).toThrow(/content\/penalties\.json: \[0\]\.current\.figures: /);
  });

  it('refuses a missing language', () => {
    const bad = [{ ...good, offence: { id: 'x' } }];
    expect(() => parseContent(penaltiesSchema, bad, 'content/penalties.json')).toThrow(/\[0\]\.offence\.en/);
  });

  it('reports unknown ids, a missing shared id and history that overlaps the present', () => {
    const past = good?.history[0];
    if (!good || !past) throw new Error('no penalty');
    const overlapping = { ...good, history: [{ ...past, until: '2026-03-01' }], current: { ...good.current, sources: ['nope'] } };
    const problems = checkPenaltyReferences([overlapping], {
      instrumentIds: new Set(['uu-7-2017']),
      sourceIds: new Set(past.sources),
      hasAnchor: () => false,
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        'content/penalties.json: id: missing penalty "uu-10-2016-pasal-189"',
        'content/penalties.json: [0].current.adjustedBy: unknown instrument "uu-1-2026" (not in content/instruments.json)',
        'content/penalties.json: [0].current.sources[0]: unknown source "nope" (not in content/sources.json)',
        'content/penalties.json: [0].history[0].until: must end before current.since (2026-01-02)',
        expect.stringMatching(/^content\/penalties\.json: \[0\]\.explainedIn: /),
      ]),
    );
  });
});

/** The guides and the violation list (this file's scope: owned with the penalties) never quote an old penalty. */
describe('no content presents an old penalty as current', () => {
  const guideDir = path.join(root, 'content', 'guides');
  const files = [
    ...readdirSync(guideDir).flatMap((slug) => ['id', 'en'].map((locale) => `content/guides/${slug}/${locale}.mdx`)),
    'content/violations.json',
  ];
  it.each(files)('%s', (file) => {
    const text = readFileSync(path.join(root, file), 'utf8');
    const lines = text.split('\n').flatMap((line, i) => findOldPenalties(line).map((name) => `${file}:${i + 1}: ${name}`));
    expect(lines).toEqual([]);
  });
});

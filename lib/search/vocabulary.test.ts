import { describe, expect, it } from 'vitest';
import { checkerContent } from '@/lib/rules/index';
import { parseContent } from '@/lib/content/validate';
import { normalizeText, stemWord } from './scenario-matcher';
import { loadSearchVocabulary, synonymsFile, synonymsFileSchema } from './vocabulary';

describe('the free-text vocabulary (content/checker/synonyms.json)', () => {
  it('is valid', () => {
    expect(loadSearchVocabulary().synonyms.length).toBeGreaterThan(0);
  });

  it('names the file and the field of a badly written entry', () => {
    const bad = { ignore: { id: ['boleh'], en: ['may'] }, synonyms: { id: [{ words: ['Grup WA'], means: 'grup whatsapp' }], en: [{ words: ['ig'], means: 'instagram' }] } };
    expect(() => parseContent(synonymsFileSchema, bad, synonymsFile)).toThrow(`${synonymsFile}: synonyms.id[0].words[0]: write it as the matcher sees text`);
  });

  it('leads every slang word somewhere: each meaning shares a word with some scenario', () => {
    const words = new Set(
      checkerContent().scenarios.flatMap((scenario) =>
        [scenario.title.id, scenario.title.en, ...scenario.keywords.id, ...scenario.keywords.en].flatMap((text) => normalizeText(text).split(' ').flatMap(stemWord)),
      ),
    );
    const nowhere = loadSearchVocabulary()
      .synonyms.filter((synonym) => !synonym.means.split(' ').some((word) => stemWord(word).some((stem) => words.has(stem))))
      .map((synonym) => synonym.words[0]);
    expect(nowhere).toEqual([]);
  });
});

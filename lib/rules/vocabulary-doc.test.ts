import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { vocabularyDocFile, vocabularyDocument } from './vocabulary-doc';
import { scenarioVocabulary } from './vocabulary';

describe(vocabularyDocFile, () => {
  it('is the document the code\'s vocabulary generates (run `npm run docs:vocabulary` after changing lib/rules/vocabulary.ts)', () => {
    expect(readFileSync(vocabularyDocFile, 'utf8')).toBe(vocabularyDocument());
  });

  it('lists every fact with its values', () => {
    const document = vocabularyDocument();
    for (const [key, values] of Object.entries(scenarioVocabulary)) expect(document).toContain(`| \`${key}\` | \`${values[0]}\``);
  });
});

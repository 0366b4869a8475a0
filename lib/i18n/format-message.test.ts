import { describe, expect, it } from 'vitest';
import { quizTemplateKeys } from '@/lib/quiz/quiz-labels';
import en from '@/messages/en.json';
import id from '@/messages/id.json';
import { compileMessage } from './compile-messages';
import { formatMessage } from './format-message';

const catalogues = { id, en } as const;
/** Every message of a catalogue as [key path, text]. */
const entries = (tree: object, prefix = ''): [string, string][] =>
  Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [[`${prefix}${key}`, value]] : entries(value, `${prefix}${key}.`)));
/** The names of a message's plural arguments: `{count, plural, …}` → count. */
const pluralArguments = (text: string) => [...text.matchAll(/\{\s*(\w+)\s*,\s*plural\s*,/g)].map((match) => match[1] as string);

describe('ICU messages in islands', () => {
  it('formats variables, plurals and exact matches like the server (next-intl)', () => {
    const retry = compileMessage('Retry {count, plural, one {the question} other {the # questions}} I missed');
    expect(formatMessage(retry, 'en', { count: 1 })).toBe('Retry the question I missed');
    expect(formatMessage(retry, 'en', { count: 3 })).toBe('Retry the 3 questions I missed');
    const exact = compileMessage('{total, plural, =1 {Satu soal kini benar.} other {Semua # soal kini benar ({score}).}}');
    expect(formatMessage(exact, 'id', { total: 1, score: 'x' })).toBe('Satu soal kini benar.');
    expect(formatMessage(exact, 'id', { total: 4, score: '7 dari 10' })).toBe('Semua 4 soal kini benar (7 dari 10).');
    expect(formatMessage(compileMessage('Plain text'), 'en')).toBe('Plain text');
  });

  it('every message compiles in both languages', () => {
    for (const [name, catalogue] of Object.entries(catalogues)) {
      for (const [key, text] of entries(catalogue)) expect(() => compileMessage(text), `${name} ${key}`).not.toThrow();
    }
  });

  // Count-bearing messages: 0, 1 and many give a sentence with the number in place and no ICU syntax left,
  // and English never puts "1" before a plural noun.
  for (const [name, catalogue] of Object.entries(catalogues)) {
    const counted = entries(catalogue).filter(([, text]) => pluralArguments(text).length > 0);
    it(`${name}: every plural message reads right for 0, 1 and many`, () => {
      expect(counted.length).toBeGreaterThan(0);
      for (const [key, text] of counted) {
        for (const count of [0, 1, 7]) {
          const values = Object.fromEntries([...text.matchAll(/\{\s*(\w+)\s*[,}]/g)].map((match) => [match[1], count]));
          const out = formatMessage(compileMessage(text), name, values);
          expect(out, `${key} with ${count}`).not.toMatch(/[{}#]/);
          if (name === 'en' && count === 1) expect(out, key).not.toMatch(/\b1 (?:questions|guides|changes|codes|minutes|answers)\b/);
        }
      }
    });
  }

  it('no English text puts a bare number before a plural noun (it needs {n, plural, …})', () => {
    const bare = entries(en).filter(([, text]) => /\{(?:count|total|n|left|fixed|parts)\}\s+(?:questions|guides|changes|codes|minutes|items|points)\b/.test(text));
    expect(bare.map(([key]) => key)).toEqual([]);
  });

  it('the quiz compiles exactly its messages that have arguments', () => {
    for (const catalogue of Object.values(catalogues)) {
      const withArguments = Object.entries(catalogue.Quiz).filter(([, text]) => text.includes('{')).map(([key]) => key);
      expect([...quizTemplateKeys].sort()).toEqual(withArguments.sort());
    }
  });
});

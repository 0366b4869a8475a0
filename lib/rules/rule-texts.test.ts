import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkerContent } from './index';
import { checkerTextsFor, sourceDisplayName, type ViolationLabel } from './rule-texts';

const keys = { '2020': 'violation2020', ethics: 'violationEthics', discipline: 'violationDiscipline' } as const;

/** The same names the route gives, from the locale's messages (only `{number}` is interpolated). */
function violationLabel(locale: string): ViolationLabel {
  const messages = JSON.parse(readFileSync(path.join(process.cwd(), 'messages', `${locale}.json`), 'utf8'));
  return (list, number) => String(messages.ScenarioChecker[keys[list]]).replace('{number}', String(number));
}

/** Every string anywhere in a structure, with the path that leads to it. */
function strings(value: unknown, at = ''): [string, string][] {
  if (typeof value === 'string') return [[at, value]];
  if (value === null || typeof value !== 'object') return [[at, String(value)]];
  return Object.entries(value).flatMap(([key, item]) => strings(item, `${at}.${key}`));
}

describe('the rule texts served to the checker', () => {
  for (const locale of ['id', 'en']) {
    it(`hold no stringified object in any text (${locale})`, () => {
      const texts = checkerTextsFor(locale, violationLabel(locale));
      expect(Object.keys(texts.rules).sort()).toEqual(checkerContent().ruleSet.rules.map((rule) => rule.id).sort());
      const broken = strings(texts).filter(([, text]) => /\[object|undefined|\{number\}/.test(text));
      expect(broken).toEqual([]);
      // Every source behind a rule is named, not just listed by id.
      for (const rule of Object.values(texts.rules)) for (const source of rule.sources) expect(source.name).not.toBe(source.id);
    });
  }

  it('names a source by its outlet in the reader\'s language', () => {
    const outlet = { id: 'Situs pemerintah daerah', en: 'A regional government site' };
    expect(sourceDisplayName({ outlet, date: '2024-01-02' }, 'en')).toBe('A regional government site, 2024-01-02');
    expect(sourceDisplayName({ outlet, date: undefined }, 'id')).toBe('Situs pemerintah daerah');
    expect(sourceDisplayName({ outlet: 'Kompas', date: '2023-10-02' }, 'id')).toBe('Kompas, 2023-10-02');
  });
});

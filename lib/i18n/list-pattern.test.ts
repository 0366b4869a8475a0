import { describe, expect, it } from 'vitest';
import { formatList, listPattern } from './list-pattern';

describe('formatList', () => {
  for (const locale of ['id', 'en']) {
    for (const type of ['conjunction', 'disjunction'] as const) {
      it(`writes ${type} lists of 0 to 5 items in ${locale} exactly as Intl.ListFormat does`, () => {
        const pattern = listPattern(locale, type);
        const intl = new Intl.ListFormat(locale, { type });
        for (let count = 0; count <= 5; count++) {
          const items = ['teguran tertulis', 'penurunan jabatan', 'pemberhentian', 'denda', 'pidana'].slice(0, count);
          expect(formatList(items, pattern)).toBe(intl.format(items));
        }
      });
    }
  }

  it('reads the separators of Indonesian', () => {
    expect(listPattern('id', 'conjunction')).toEqual({ pair: ' dan ', start: ', ', middle: ', ', end: ', dan ' });
    expect(formatList(['A', 'B', 'C'], listPattern('id', 'disjunction'))).toBe('A, B, atau C');
  });
});

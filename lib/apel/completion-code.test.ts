import { describe, expect, it } from 'vitest';
import { crockfordAlphabet } from './crockford';
import { attemptTag, type CompletionFields, encodeCompletionCode, localIsoDate, readCompletionCode } from './completion-code';

const fields: CompletionFields = { event: 0xabcde, date: '2026-12-07', correct: 9, total: 10, contentVersion: '2026-11-22', attempt: 0x5a5a5 };

describe('completion code', () => {
  it('is 20 characters in groups of four and reads back every field', () => {
    const code = encodeCompletionCode(fields);
    expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){4}$/);
    expect(readCompletionCode(code)).toEqual({ status: 'valid', code, fields });
  });

  it('accepts lower case, spaces and the letters O, I and L typed for 0 and 1', () => {
    const code = encodeCompletionCode({ ...fields, event: 0 });
    const sloppy = code.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o').replace(/1/g, 'l');
    expect(readCompletionCode(sloppy)).toMatchObject({ status: 'valid', code });
  });

  it('reports every single changed character as inconsistent', () => {
    const code = encodeCompletionCode(fields).replace(/-/g, '');
    for (let i = 0; i < code.length; i++) {
      for (const char of crockfordAlphabet) {
        if (char === code[i]) continue;
        const changed = code.slice(0, i) + char + code.slice(i + 1);
        expect(readCompletionCode(changed).status, changed).toBe('inconsistent');
      }
    }
  });

  it('reports a wrong length or foreign characters as malformed', () => {
    expect(readCompletionCode('ABCD-EFGH').status).toBe('malformed');
    expect(readCompletionCode('ABCD-EFGH-JKMN-PQRS-TVW!').status).toBe('malformed');
    expect(readCompletionCode('ABCD-EFGH-JKMN-PQRS-TVWU').status).toBe('malformed');
  });

  it('refuses fields that do not fit', () => {
    expect(() => encodeCompletionCode({ ...fields, correct: 11 })).toThrow();
    expect(() => encodeCompletionCode({ ...fields, total: 40 })).toThrow();
    expect(() => encodeCompletionCode({ ...fields, date: '7/12/2026' })).toThrow();
  });

  it('gives two attempts different tags, and the same attempt the same tag', () => {
    expect(attemptTag('2026-12-07T00:41:02.123Z')).not.toBe(attemptTag('2026-12-07T00:41:02.124Z'));
    expect(attemptTag('2026-12-07T00:41:02.123Z')).toBe(attemptTag('2026-12-07T00:41:02.123Z'));
    expect(attemptTag('x')).toBeLessThan(2 ** 20);
  });

  it('dates by the device calendar', () => {
    expect(localIsoDate(new Date(2026, 11, 7, 6, 30))).toBe('2026-12-07');
  });
});

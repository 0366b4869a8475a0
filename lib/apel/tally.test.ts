import { describe, expect, it } from 'vitest';
import { encodeCompletionCode } from './completion-code';
import { tallyCodes, tallyCsv } from './tally';

const code = (correct: number, attempt = correct) =>
  encodeCompletionCode({ event: 7, date: '2026-12-07', correct, total: 10, contentVersion: '2026-11-22', attempt });

describe('tallyCodes', () => {
  it('finds codes in pasted WhatsApp lines and keeps the typed name', () => {
    const text = [
      `[07.31, 7/12/2026] Budi Santoso: ${code(9)}`,
      '7/12/26 07:32 - Sari: sudah ya bu',
      `7/12/26 07:33 - Sari: ${code(10).toLowerCase()}`,
      code(8),
    ].join('\n');
    const rows = tallyCodes(text);
    expect(rows.map((row) => [row.note, row.status, row.fields?.correct])).toEqual([
      ['Budi Santoso', 'valid', 9],
      ['Sari', 'valid', 10],
      ['', 'valid', 8],
    ]);
  });

  it('marks edited codes and repeats, and ignores four-letter words', () => {
    const good = code(9);
    const edited = `${good.slice(0, -1)}${good.endsWith('A') ? 'B' : 'A'}`;
    const rows = tallyCodes(`${good}\n${good}\n${edited}\nsaya baru saja ikut kuis`);
    expect(rows.map((row) => [row.status, row.duplicate])).toEqual([
      ['valid', false],
      ['valid', true],
      ['inconsistent', false],
    ]);
  });
});

describe('tallyCsv', () => {
  it('quotes cells and neutralises formulas', () => {
    const rows = tallyCodes(`=HYPERLINK("x"), "Budi": ${code(9)}`);
    const csv = tallyCsv(rows, ['no', 'note', 'code'], (row, i) => [i + 1, row.note, row.code]);
    expect(csv.split('\r\n')[0]).toBe('no,note,code');
    expect(csv).toContain(`"'=HYPERLINK(""x""), ""Budi"""`);
  });
});

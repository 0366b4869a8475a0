import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// content/changes.json, entry kuhp-baru-dan-penyesuaian-pidana (and its sources): since 2 January 2026 the election offences' penalties are adjusted by Law 1/2026 and their new
// figures are unconfirmed. An old figure (detention, a rupiah fine) may appear only as history, in the same text
// as "until 1 January 2026". Each text is one language of one field, so the check cannot pass across fields.
const oldFigure = /kurungan paling|\d+ (?:tahun|year)'?s? detention|detention of up to|Rp\s?\d/i;
const markedAsHistory = /(?:sampai|until) 1 (?:Januari|January) 2026/i;

function texts(value: unknown, at: string): [string, string][] {
  if (typeof value === 'string') return [[at, value]];
  if (Array.isArray(value)) return value.flatMap((item, index) => texts(item, at ? `${at}.${index}` : `${index}`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => texts(item, at ? `${at}.${key}` : key));
  return [];
}

describe('old criminal penalties appear only as history', () => {
  for (const file of ['content/instruments.json', 'content/sources.json', 'content/changes.json']) {
    it(file, () => {
      const data = JSON.parse(readFileSync(path.join(process.cwd(), file), 'utf8'));
      const offending = texts(data, '')
        // A dated change's `before` is shown under "Until <the day before>:" by the page and the feed.
        .filter(([at]) => !(file === 'content/changes.json' && /\.before\.(?:id|en)$/.test(at)))
        .filter(([, text]) => oldFigure.test(text) && !markedAsHistory.test(text))
        .map(([at, text]) => `${at}: ${text.slice(0, 120)}`);
      expect(offending).toEqual([]);
    });
  }
});

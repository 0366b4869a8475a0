import { type CompletionFields, readCompletionCode } from './completion-code';

/** A code in a pasted WhatsApp line: five groups of four, as the quiz writes it (spaces or dashes between). */
const codePattern = /\b[0-9A-Za-z]{4}(?:[-\s][0-9A-Za-z]{4}){4}\b/g;

export interface TallyRow {
  code: string;
  /** What else the line said (a name, if the staff member typed one), without WhatsApp's time stamp. */
  note: string;
  status: 'valid' | 'inconsistent';
  fields?: CompletionFields;
  /** True for the second and later copies of the same code. */
  duplicate: boolean;
}

/** `[07.31, 2/12/2026] Budi:` and `2/12/26 07:31 - Budi:` prefixes of copied WhatsApp messages. */
const whatsappPrefix = /^\s*\[[^\]]*\]\s*|^\s*\d{1,2}\/\d{1,2}\/\d{2,4},?\s+\d{1,2}[.:]\d{2}\s*-\s*/;

/**
 * Finds every completion code in pasted text (one or more per line), checks each, and keeps the rest of its
 * line as a note. Lines without a code are ignored; all of this happens in the browser.
 */
export function tallyCodes(text: string): TallyRow[] {
  const rows: TallyRow[] = [];
  const seen = new Set<string>();
  for (const line of text.split(/\r?\n/)) {
    const matches = [...line.matchAll(codePattern)].filter((match) => readCompletionCode(match[0]).status !== 'malformed');
    if (!matches.length) continue;
    const note = matches
      .reduce((rest, match) => rest.replace(match[0], ' '), line)
      .replace(whatsappPrefix, '')
      .replace(/\s+/g, ' ')
      .replace(/^[\s:,;–-]+|[\s:,;–-]+$/g, '');
    for (const match of matches) {
      const reading = readCompletionCode(match[0]);
      const code = reading.status === 'valid' ? reading.code : match[0].toUpperCase().replace(/\s/g, '-');
      rows.push({
        code,
        note,
        status: reading.status === 'valid' ? 'valid' : 'inconsistent',
        fields: reading.status === 'valid' ? reading.fields : undefined,
        duplicate: seen.has(code),
      });
      seen.add(code);
    }
  }
  return rows;
}

/** One CSV cell: quoted when needed; a leading =, +, - or @ is neutralised so spreadsheets do not run it. */
function csvCell(value: string | number): string {
  let text = String(value);
  if (/^[=+\-@]/.test(text)) text = `'${text}`;
  return /[",\n;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function tallyCsv(rows: TallyRow[], header: string[], cells: (row: TallyRow, index: number) => (string | number)[]): string {
  return `${[header, ...rows.map(cells)].map((line) => line.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

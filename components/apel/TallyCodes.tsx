'use client';

import { formatMessage, type Message } from '@/lib/i18n/format-message';
import { useMemo, useState } from 'react';
import { codeFacts } from '@/lib/apel/code-facts';
import { eventFingerprint } from '@/lib/apel/event';
import { formatEventDate } from '@/lib/apel/format';
import { tallyCodes, tallyCsv } from '@/lib/apel/tally';
import { type CodeFactLabels, type CodeSettings, describeEvent } from './code-labels';
import { FieldLabel } from './FieldLabel';
import { useApelEvent } from './useApelEvent';

export interface TallyLabels extends CodeFactLabels {
  input: string;
  inputHint: string;
  /** "{count} codes: {valid} consistent, {passed} passed, {inconsistent} do not add up, {duplicates} repeated" */
  summary: Message;
  empty: string;
  caption: string;
  columns: { number: string; note: string; code: string; date: string; score: string; result: string; event: string; status: string };
  statusValid: string;
  statusInconsistent: string;
  statusDuplicate: string;
  print: string;
  download: string;
  fileName: string;
}

/**
 * The official's tally: paste the messages staff sent to the WhatsApp group, get one line per completion code
 * (names only where staff typed them), print it or download it as CSV. Nothing leaves the browser.
 */
export function TallyCodes({ locale, settings, labels }: { locale: string; settings: CodeSettings; labels: TallyLabels }) {
  const [text, setText] = useState('');
  const event = useApelEvent();
  // A fixed id (one per page), not useId(): React's server ids and the island runtime's differ.
  const id = 'tally';
  const eventName = event ? [event.name, event.office].filter(Boolean).join(', ') : '';
  const rows = useMemo(() => {
    const context = { ...settings, event: event ? eventFingerprint(event) : null };
    return tallyCodes(text).map((row) => ({ row, facts: row.fields ? codeFacts(row.fields, context) : null }));
  }, [text, event, settings]);

  const cells = rows.map(({ row, facts }, i) => {
    const status = row.status === 'inconsistent' ? labels.statusInconsistent : row.duplicate ? labels.statusDuplicate : labels.statusValid;
    if (!row.fields || !facts) return [i + 1, row.note, row.code, '', '', '', '', status];
    return [
      i + 1,
      row.note,
      row.code,
      row.fields.date,
      formatMessage(labels.score, locale, { correct: row.fields.correct, total: row.fields.total, percent: facts.percent }),
      formatMessage(facts.passed ? labels.passed : labels.notPassed, locale, { mark: settings.passPercent }),
      describeEvent(facts, row.fields.event, labels, eventName, locale),
      status,
    ];
  });
  const header = Object.values(labels.columns);
  const valid = rows.filter(({ row }) => row.status === 'valid');

  const download = () => {
    const csv = tallyCsv(
      rows.map(({ row }) => row),
      header,
      (_, i) => cells[i] ?? [],
    );
    // A byte-order mark, so that spreadsheet programs read the names' accents as UTF-8.
    const blob = new Blob([`\ufeff${csv}`], { type: 'text/csv;charset=utf-8' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = labels.fileName;
    link.click();
    URL.revokeObjectURL(link.href);
  };

  return (
    <div>
      <div className="print:hidden">
        <FieldLabel id={id} label={labels.input} hint={labels.inputHint} />
        <textarea
          id={id}
          rows={8}
          value={text}
          onChange={(e) => setText(e.target.value)}
          aria-describedby={`${id}-hint`}
          spellCheck={false}
          className="mt-1 block w-full rounded-lg border-2 border-line bg-canvas p-3 font-mono text-sm text-ink"
        />
      </div>
      <p role="status" className="mt-4 font-semibold">
        {rows.length
          ? formatMessage(labels.summary, locale, {
              count: rows.length,
              valid: valid.length,
              passed: valid.filter(({ facts }) => facts?.passed).length,
              inconsistent: rows.length - valid.length,
              duplicates: rows.filter(({ row }) => row.duplicate).length,
            })
          : labels.empty}
      </p>
      {rows.length > 0 && (
        <>
          <div className="mt-3 flex flex-wrap gap-3 print:hidden">
            <button type="button" className="btn" onClick={() => window.print()}>
              {labels.print}
            </button>
            <button type="button" className="btn btn-secondary" onClick={download}>
              {labels.download}
            </button>
          </div>
          <div className="mt-4 overflow-x-auto">
            <table className="apel-tally w-full border-collapse text-left text-sm">
              <caption className="mb-2 text-left font-bold">{labels.caption}</caption>
              <thead>
                <tr className="border-b-2 border-line">
                  {header.map((name) => (
                    <th key={name} scope="col" className="py-2 pr-3">
                      {name}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {cells.map((line, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: one row per pasted code, in order
                  <tr key={i} className="border-b border-line">
                    {line.map((cell, j) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: fixed columns
                      <td key={j} className={`py-1 pr-3 ${j === 2 ? 'font-mono whitespace-nowrap' : ''}`}>
                        {j === 3 && cell ? formatEventDate(String(cell), locale, 'long') : cell}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </div>
  );
}

'use client';

import { formatMessage, type Message } from '@/lib/i18n/format-message';
import { type FormEvent, useEffect, useState } from 'react';
import { codeFacts } from '@/lib/apel/code-facts';
import { type CodeReading, fingerprintText, readCompletionCode } from '@/lib/apel/completion-code';
import { eventFingerprint } from '@/lib/apel/event';
import { formatEventDate } from '@/lib/apel/format';
import { type CodeFactLabels, type CodeSettings, describeContent, describeEvent } from './code-labels';
import { FieldLabel } from './FieldLabel';
import { useApelEvent } from './useApelEvent';

export interface VerifyLabels extends CodeFactLabels {
  input: string;
  inputHint: string;
  check: string;
  malformed: string;
  inconsistent: string;
  valid: string;
  fieldsCaption: string;
  fields: { code: string; event: string; date: string; score: string; result: string; round: string; content: string; attempt: string; check: string };
  /** "{tag}: tells apart people with the same score" */
  attempt: Message;
  checkOk: string;
}

/** The code parameter in the verify page's fragment, next to the event's: `#kode=…&kantor=…`. */
const codeKey = 'kode';

/**
 * The verify form: type, paste or scan (the certificate's QR code opens this page with the code) a completion
 * code, and see every field it holds, whether it adds up, and how it compares with the event and content.
 */
export function VerifyCode({ locale, settings, labels }: { locale: string; settings: CodeSettings; labels: VerifyLabels }) {
  const [input, setInput] = useState('');
  const [reading, setReading] = useState<CodeReading | null>(null);
  const event = useApelEvent();
  // A fixed id (one per page), not useId(): React's server ids and the island runtime's differ.
  const id = 'verify';

  const check = (code: string) => {
    setReading(code.trim() ? readCompletionCode(code) : null);
    const params = new URLSearchParams(window.location.hash.slice(1));
    if (code.trim()) params.set(codeKey, code.trim().toUpperCase());
    else params.delete(codeKey);
    const fragment = params.toString();
    window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}${fragment ? `#${fragment}` : ''}`);
  };

  useEffect(() => {
    const code = new URLSearchParams(window.location.hash.slice(1)).get(codeKey) ?? '';
    // Only a linked code fills the field: the island runtime runs this after paint, when the person may have typed.
    if (!code) return;
    setInput(code);
    setReading(readCompletionCode(code));
  }, []);

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    check(input);
  };

  const facts = reading?.status === 'valid' ? codeFacts(reading.fields, { ...settings, event: event ? eventFingerprint(event) : null }) : null;
  const eventName = event ? [event.name, event.office].filter(Boolean).join(', ') : '';

  return (
    <div>
      <form onSubmit={onSubmit} className="flex flex-wrap items-end gap-3">
        <div className="min-w-0 flex-1 basis-64">
          <FieldLabel id={id} label={labels.input} hint={labels.inputHint} />
          <input
            id={id}
            value={input}
            onChange={(e) => setInput(e.target.value)}
            aria-describedby={`${id}-hint`}
            autoCapitalize="characters"
            autoComplete="off"
            spellCheck={false}
            className="mt-1 block w-full rounded-md border-2 border-line bg-canvas px-3 py-2 font-mono text-lg tracking-wider text-ink"
          />
        </div>
        <button type="submit" className="btn">
          {labels.check}
        </button>
      </form>

      <div role="status" aria-live="polite" className="mt-6">
        {reading?.status === 'malformed' && <p className="rounded-lg border-l-4 border-caution bg-caution-bg p-4 font-semibold text-caution">{labels.malformed}</p>}
        {reading?.status === 'inconsistent' && (
          <p className="rounded-lg border-l-4 border-violation bg-violation-bg p-4 font-semibold text-violation">{labels.inconsistent}</p>
        )}
        {reading?.status === 'valid' && facts && (
          <div>
            <p className="rounded-lg border-l-4 border-allowed bg-allowed-bg p-4 font-semibold text-allowed">{labels.valid}</p>
            <table className="mt-4 w-full max-w-2xl border-collapse text-left">
              <caption className="mb-2 text-left text-lg font-bold">{labels.fieldsCaption}</caption>
              <tbody>
                {[
                  [labels.fields.code, <span key="code" className="font-mono">{reading.code}</span>],
                  [labels.fields.event, describeEvent(facts, reading.fields.event, labels, eventName, locale)],
                  [labels.fields.date, formatEventDate(reading.fields.date, locale)],
                  [labels.fields.score, formatMessage(labels.score, locale, { correct: reading.fields.correct, total: reading.fields.total, percent: facts.percent })],
                  [labels.fields.result, formatMessage(facts.passed ? labels.passed : labels.notPassed, locale, { mark: settings.passPercent })],
                  [labels.fields.round, formatMessage(labels.rounds[facts.round], locale, { total: reading.fields.total })],
                  [labels.fields.content, describeContent(facts, reading.fields.contentVersion, settings.contentVersion, locale, labels)],
                  [labels.fields.attempt, formatMessage(labels.attempt, locale, { tag: fingerprintText(reading.fields.attempt) })],
                  [labels.fields.check, labels.checkOk],
                ].map(([name, value]) => (
                  <tr key={String(name)} className="border-b border-line">
                    <th scope="row" className="py-2 pr-4 align-top font-semibold">
                      {name}
                    </th>
                    <td className="py-2">{value}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </div>
    </div>
  );
}

import { fromBase32, luhn32, normaliseBase32, toBase32 } from './crockford';
import { fnv1a } from './event';

/**
 * A completion code: 20 characters (`K7Q2-0JD8-A9V3-FC7X-M2PQ`) that a staff member copies from the quiz
 * result into the office WhatsApp group. It spells out, not hides, what it stands for, so the verify page can
 * show every field: the event's fingerprint, the day the quiz was finished, the score, the content version
 * and an attempt tag (so that two people with the same score at the same event get different codes, and a
 * copied code shows up twice in the tally). The last four characters are a check (a Luhn digit and a hash)
 * that catches typing errors and casual edits. The method is public and there is no server, so anyone can
 * make a valid code: it is a receipt, not a proof of identity.
 */
export interface CompletionFields {
  /** `eventFingerprint()` of the assembly the quiz was opened from; 0 without an event. */
  event: number;
  /** The day the quiz was finished on the device, `yyyy-mm-dd`. */
  date: string;
  correct: number;
  total: number;
  /** The content version the quiz was taken with: the date the content was last checked, `yyyy-mm-dd`. */
  contentVersion: string;
  /** 20 bits derived from the moment the round was finished (`attemptTag()`): tells attempts apart. */
  attempt: number;
}

/** Day 0 of the date fields: codes cover 2025 to 2114. */
const epoch = Date.UTC(2025, 0, 1);
const dayMs = 86_400_000;
const payloadLength = 16;
export const completionCodeLength = 20;

function dayNumber(isoDate: string): number {
  const time = Date.parse(`${isoDate}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate) || Number.isNaN(time)) throw new RangeError(`"${isoDate}" is not a yyyy-mm-dd date`);
  return Math.round((time - epoch) / dayMs);
}

const isoDay = (day: number) => new Date(epoch + day * dayMs).toISOString().slice(0, 10);

function checkChars(payload: string): string {
  return luhn32(payload) + toBase32(fnv1a(payload) & 0x7fff, 3);
}

/** The device's calendar date (not UTC: a quiz finished at 06:30 WIB belongs to that morning). */
export function localIsoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Writes the code, grouped by four for reading aloud. Throws when a field does not fit. */
export function encodeCompletionCode(fields: CompletionFields): string {
  if (fields.correct > fields.total) throw new RangeError('more correct answers than questions');
  const payload =
    toBase32(fields.event, 4) +
    toBase32(dayNumber(fields.date), 3) +
    toBase32(fields.correct, 1) +
    toBase32(fields.total, 1) +
    toBase32(dayNumber(fields.contentVersion), 3) +
    toBase32(fields.attempt, 4);
  const code = payload + checkChars(payload);
  return code.match(/.{4}/g)?.join('-') ?? code;
}

export type CodeReading =
  /** Not 20 characters of the code's alphabet. */
  | { status: 'malformed' }
  /** The check characters do not match: mistyped or edited. */
  | { status: 'inconsistent' }
  | { status: 'valid'; code: string; fields: CompletionFields };

/** Reads a typed, pasted or scanned code; case, spaces, dashes and O/I/L confusions do not matter. */
export function readCompletionCode(input: string): CodeReading {
  const text = normaliseBase32(input);
  if (text.length !== completionCodeLength || !/^[0-9A-HJKMNP-TV-Z]+$/.test(text)) return { status: 'malformed' };
  const payload = text.slice(0, payloadLength);
  if (checkChars(payload) !== text.slice(payloadLength)) return { status: 'inconsistent' };
  const fields: CompletionFields = {
    event: fromBase32(payload.slice(0, 4)),
    date: isoDay(fromBase32(payload.slice(4, 7))),
    correct: fromBase32(payload.slice(7, 8)),
    total: fromBase32(payload.slice(8, 9)),
    contentVersion: isoDay(fromBase32(payload.slice(9, 12))),
    attempt: fromBase32(payload.slice(12, 16)),
  };
  if (fields.total === 0 || fields.correct > fields.total) return { status: 'inconsistent' };
  return { status: 'valid', code: text.match(/.{4}/g)?.join('-') ?? text, fields };
}

/** The event fingerprint or attempt tag as shown on the verify page and the tally (4 characters, `0000` = no event). */
export const fingerprintText = (fingerprint: number) => toBase32(fingerprint, 4);

/** The attempt tag of a round finished at `finishedAt` (an ISO time with milliseconds): stable across reloads. */
export const attemptTag = (finishedAt: string) => fnv1a(`attempt:${finishedAt}`) & 0xfffff;

/** Whole percent, rounded down like the quiz's own score. */
export const scorePercent = (fields: Pick<CompletionFields, 'correct' | 'total'>) => Math.floor((fields.correct * 100) / fields.total);

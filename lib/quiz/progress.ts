import type { RoundKind } from './draw';

/**
 * Quiz progress as saved in the browser's localStorage (never sent anywhere). The `version` field changes
 * whenever the shape changes, so an entry saved by an older portal is recognised and not misread.
 */
export const progressVersion = 1;
export const progressStorageKey = 'asn-netral:kuis';

/** A retry of the questions missed: the same questions again, answered afresh. */
export interface RetryRound {
  questionIds: string[];
  /** `answers[i]` is the option chosen for `questionIds[i]`; its length is the number answered so far. */
  answers: string[];
}

export interface QuizProgress {
  version: typeof progressVersion;
  round: RoundKind;
  questionIds: string[];
  /** `answers[i]` is the option chosen for `questionIds[i]`; its length is the number answered so far. */
  answers: string[];
  /** When the last question of the round was answered (ISO date-time); absent while the round runs. */
  finishedAt?: string;
  /** The latest retry of missed questions, if any. */
  retry?: RetryRound;
}

/**
 * What was found in storage. `corrupted`: not readable as progress at all. `outdated`: an entry from an older
 * version of the quiz, or one whose questions are no longer in the bank. `newer`: an entry written by a newer
 * version of the portal (a rollback, or a tab still on the old version): this version cannot read it and must
 * leave it as it is, so the newer version finds it again.
 */
export type ProgressReading =
  | { status: 'none' }
  | { status: 'valid'; progress: QuizProgress }
  | { status: 'corrupted' }
  | { status: 'outdated' }
  | { status: 'newer' };

/** What parsing needs to know of each question: its option ids. */
export type OptionIndex = ReadonlyMap<string, { options: readonly { id: string }[] }>;

/** The part of the Web Storage API the adapters use; `window.localStorage` fits, and so does a test double. */
export type ProgressStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const isStringArray = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

/** Ids are unique and at least one; answers are no more than questions. */
const isRoundShape = (ids: unknown, answers: unknown): ids is string[] =>
  isStringArray(ids) &&
  ids.length > 0 &&
  new Set(ids).size === ids.length &&
  isStringArray(answers) &&
  answers.length <= ids.length;

/** Every id is a question of the bank and every answer one of its options. */
const fitsBank = (ids: string[], answers: string[], bank: OptionIndex) =>
  ids.every((id) => bank.has(id)) &&
  answers.every((answer, index) => bank.get(ids[index] as string)?.options.some((option) => option.id === answer));

/** Whether a round's ids and answers still fit the questions known. */
type RoundCheck = (ids: string[], answers: string[]) => boolean;

export function parseProgress(raw: string | null, bank: OptionIndex): ProgressReading {
  return parseChecked(raw, (ids, answers) => fitsBank(ids, answers, bank));
}

function parseChecked(raw: string | null, fits: RoundCheck): ProgressReading {
  if (raw === null) return { status: 'none' };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { status: 'corrupted' };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { status: 'corrupted' };
  const entry = data as Record<string, unknown>;
  if (entry.version !== progressVersion) {
    const whole = typeof entry.version === 'number' && Number.isInteger(entry.version);
    if (whole && (entry.version as number) > progressVersion) return { status: 'newer' };
    // A smaller whole number or a missing field: an entry written by an earlier format. Anything else (1.5,
    // Infinity, "1") no version of the quiz wrote.
    return whole || !('version' in entry) ? { status: 'outdated' } : { status: 'corrupted' };
  }
  const { round, questionIds, answers, finishedAt, retry } = entry;
  if (round !== 'short' && round !== 'full') return { status: 'corrupted' };
  if (!isRoundShape(questionIds, answers)) return { status: 'corrupted' };
  if (finishedAt !== undefined && (typeof finishedAt !== 'string' || Number.isNaN(Date.parse(finishedAt)))) {
    return { status: 'corrupted' };
  }
  const retryEntry = retry as Record<string, unknown> | undefined;
  if (retryEntry !== undefined && (typeof retryEntry !== 'object' || retryEntry === null || !isRoundShape(retryEntry.questionIds, retryEntry.answers))) {
    return { status: 'corrupted' };
  }
  const progress: QuizProgress = { version: progressVersion, round, questionIds, answers: answers as string[] };
  if (typeof finishedAt === 'string') progress.finishedAt = finishedAt;
  if (retryEntry) progress.retry = { questionIds: retryEntry.questionIds as string[], answers: retryEntry.answers as string[] };
  if (!fits(progress.questionIds, progress.answers)) return { status: 'outdated' };
  if (progress.retry && !fits(progress.retry.questionIds, progress.retry.answers)) return { status: 'outdated' };
  return { status: 'valid', progress };
}

export function serializeProgress(progress: QuizProgress): string {
  return JSON.stringify(progress);
}

/** The saved entry; a storage that cannot be read (disabled, blocked) counts as empty. */
function readRaw(storage: ProgressStorage | null): string | null {
  try {
    return storage?.getItem(progressStorageKey) ?? null;
  } catch {
    return null;
  }
}

/** Reads saved progress. A storage that cannot be read (disabled, blocked) counts as empty. */
export function readProgress(storage: ProgressStorage | null, bank: OptionIndex): ProgressReading {
  return parseProgress(readRaw(storage), bank);
}

/**
 * Reads saved progress knowing only which questions exist (the quiz page's answer key), before the bank with their
 * options has loaded: enough to show a saved result at once. Answers are not checked against the options here, so
 * `readProgress` with the bank has the last word.
 */
export function readProgressForIds(storage: ProgressStorage | null, ids: ReadonlySet<string>): ProgressReading {
  return parseChecked(readRaw(storage), (questionIds) => questionIds.every((id) => ids.has(id)));
}

/** Saves progress; returns false when the browser refuses (private mode, full storage), so the quiz can say so. */
export function writeProgress(storage: ProgressStorage | null, progress: QuizProgress): boolean {
  try {
    storage?.setItem(progressStorageKey, serializeProgress(progress));
    return storage !== null;
  } catch {
    return false;
  }
}

export function clearProgress(storage: ProgressStorage | null): void {
  try {
    storage?.removeItem(progressStorageKey);
  } catch {
    // Nothing to clear in a storage that cannot be used.
  }
}

import { describe, expect, it } from 'vitest';
import {
  clearProgress,
  type OptionIndex,
  parseProgress,
  type ProgressStorage,
  progressStorageKey,
  type QuizProgress,
  readProgress,
  readProgressForIds,
  serializeProgress,
  writeProgress,
} from './progress';

const tf = { options: [{ id: 'true' }, { id: 'false' }] };
const verdicts = { options: [{ id: 'allowed' }, { id: 'violation' }, { id: 'caution' }] };
const bank: OptionIndex = new Map([
  ['q1', tf],
  ['q2', verdicts],
  ['q3', tf],
]);

const valid: QuizProgress = {
  version: 1,
  round: 'short',
  questionIds: ['q1', 'q2', 'q3'],
  answers: ['true', 'caution', 'false'],
  finishedAt: '2026-11-22T03:04:05.000Z',
  retry: { questionIds: ['q2'], answers: [] },
};

class MemoryStorage implements ProgressStorage {
  entries = new Map<string, string>();
  getItem(key: string) {
    return this.entries.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.entries.set(key, value);
  }
  removeItem(key: string) {
    this.entries.delete(key);
  }
}

const broken: ProgressStorage = {
  getItem: () => {
    throw new Error('SecurityError');
  },
  setItem: () => {
    throw new Error('QuotaExceededError');
  },
  removeItem: () => {
    throw new Error('SecurityError');
  },
};

describe('parseProgress', () => {
  it('reads back what was saved, a round in progress as well as a finished one', () => {
    expect(parseProgress(serializeProgress(valid), bank)).toEqual({ status: 'valid', progress: valid });
    const running: QuizProgress = { version: 1, round: 'full', questionIds: ['q3', 'q1'], answers: ['true'] };
    expect(parseProgress(serializeProgress(running), bank)).toEqual({ status: 'valid', progress: running });
  });

  it('finds nothing when nothing was saved', () => {
    expect(parseProgress(null, bank)).toEqual({ status: 'none' });
  });

  it.each([
    ['text that is not JSON', '{"version":1,"round":'],
    ['a JSON array', '[1,2,3]'],
    ['a JSON string', '"hello"'],
    ['JSON null', 'null'],
    ['a version that is not a number', '{"version":"1"}'],
    ['an unknown round', JSON.stringify({ ...valid, round: 'medium' })],
    ['no questions', JSON.stringify({ ...valid, questionIds: [], answers: [] })],
    ['a repeated question', JSON.stringify({ ...valid, questionIds: ['q1', 'q1'], answers: [] })],
    ['more answers than questions', JSON.stringify({ ...valid, questionIds: ['q1'], answers: ['true', 'false'] })],
    ['answers that are not text', JSON.stringify({ ...valid, answers: [1, 2] })],
    ['an unreadable date', JSON.stringify({ ...valid, finishedAt: 'yesterday' })],
    ['a malformed retry', JSON.stringify({ ...valid, retry: { questionIds: 'q2' } })],
  ])('calls %s corrupted', (_, raw) => {
    expect(parseProgress(raw, bank)).toEqual({ status: 'corrupted' });
  });

  it.each([
    ['an older version', JSON.stringify({ ...valid, version: 0 })],
    ['an entry from before versions were recorded', JSON.stringify({ questions: ['q1'], score: 1 })],
    ['a question no longer in the bank', JSON.stringify({ ...valid, questionIds: ['q1', 'gone'], answers: ['true'] })],
    ['an option no longer in the question', JSON.stringify({ ...valid, answers: ['true', 'maybe'] })],
    ['a retry of a question no longer in the bank', JSON.stringify({ ...valid, retry: { questionIds: ['gone'], answers: [] } })],
  ])('calls %s outdated', (_, raw) => {
    expect(parseProgress(raw, bank)).toEqual({ status: 'outdated' });
  });

  it('recognises an entry from a newer version, to be left untouched', () => {
    expect(parseProgress(JSON.stringify({ ...valid, version: 2, somethingNew: true }), bank)).toEqual({ status: 'newer' });
    // No version of the quiz writes a fraction: that is damage, not an older format.
    expect(parseProgress(JSON.stringify({ ...valid, version: 2.5 }), bank)).toEqual({ status: 'corrupted' });
  });
});

describe('storage adapters', () => {
  it('write, read and clear under one key', () => {
    const storage = new MemoryStorage();
    expect(readProgress(storage, bank)).toEqual({ status: 'none' });
    expect(writeProgress(storage, valid)).toBe(true);
    expect(JSON.parse(storage.getItem(progressStorageKey) ?? '')).toMatchObject({ version: 1 });
    expect(readProgress(storage, bank)).toEqual({ status: 'valid', progress: valid });
    clearProgress(storage);
    expect(storage.entries.size).toBe(0);
  });

  it('report a corrupted entry instead of throwing', () => {
    const storage = new MemoryStorage();
    storage.setItem(progressStorageKey, '}{');
    expect(readProgress(storage, bank)).toEqual({ status: 'corrupted' });
  });

  it('survive a browser that refuses storage, or has none', () => {
    expect(readProgress(broken, bank)).toEqual({ status: 'none' });
    expect(writeProgress(broken, valid)).toBe(false);
    expect(() => clearProgress(broken)).not.toThrow();
    expect(readProgress(null, bank)).toEqual({ status: 'none' });
    expect(writeProgress(null, valid)).toBe(false);
  });
});

describe('readProgressForIds', () => {
  const ids = new Set(bank.keys());
  it('reads a saved round before the options are known, checking only that its questions exist', () => {
    const storage = new MemoryStorage();
    writeProgress(storage, valid);
    expect(readProgressForIds(storage, ids)).toEqual({ status: 'valid', progress: valid });
    // An answer that is not an option passes here; readProgress with the whole bank rejects it.
    storage.setItem(progressStorageKey, JSON.stringify({ ...valid, answers: ['true', 'maybe'] }));
    expect(readProgressForIds(storage, ids).status).toBe('valid');
    expect(readProgress(storage, bank)).toEqual({ status: 'outdated' });
  });

  it('calls a round with an unknown question outdated, and reads corrupted, newer and missing entries as readProgress does', () => {
    const storage = new MemoryStorage();
    expect(readProgressForIds(storage, ids)).toEqual({ status: 'none' });
    storage.setItem(progressStorageKey, JSON.stringify({ ...valid, retry: { questionIds: ['gone'], answers: [] } }));
    expect(readProgressForIds(storage, ids)).toEqual({ status: 'outdated' });
    storage.setItem(progressStorageKey, '}{');
    expect(readProgressForIds(storage, ids)).toEqual({ status: 'corrupted' });
    storage.setItem(progressStorageKey, JSON.stringify({ ...valid, version: 2 }));
    expect(readProgressForIds(storage, ids)).toEqual({ status: 'newer' });
    expect(readProgressForIds(broken, ids)).toEqual({ status: 'none' });
  });
});

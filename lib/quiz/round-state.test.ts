import { describe, expect, it } from 'vitest';
import { answerCurrent, newProgress, roundPosition, startRetry } from './round-state';

const now = new Date('2026-11-22T08:00:00Z');

describe('round state', () => {
  it('walks a round to its result and stamps the finishing time with the last answer', () => {
    let progress = newProgress('short', ['q1', 'q2']);
    expect(roundPosition(progress)).toEqual({ stage: 'main', index: 0, total: 2, questionId: 'q1' });
    progress = answerCurrent(progress, 'true', now);
    expect(progress.finishedAt).toBeUndefined();
    expect(roundPosition(progress)).toEqual({ stage: 'main', index: 1, total: 2, questionId: 'q2' });
    progress = answerCurrent(progress, 'violation', now);
    expect(progress).toMatchObject({ answers: ['true', 'violation'], finishedAt: '2026-11-22T08:00:00.000Z' });
    expect(roundPosition(progress)).toEqual({ stage: 'result' });
    expect(answerCurrent(progress, 'x', now)).toBe(progress);
  });

  it('runs a retry of missed questions without touching the round score', () => {
    const finished = answerCurrent(answerCurrent(newProgress('full', ['q1', 'q2']), 'a', now), 'b', now);
    const retrying = startRetry(finished, ['q2']);
    expect(roundPosition(retrying)).toEqual({ stage: 'retry', index: 0, total: 1, questionId: 'q2' });
    const done = answerCurrent(retrying, 'c', now);
    expect(done.answers).toEqual(['a', 'b']);
    expect(done.retry).toEqual({ questionIds: ['q2'], answers: ['c'] });
    expect(roundPosition(done)).toEqual({ stage: 'result' });
    expect(startRetry(done, [])).toBe(done);
  });
});

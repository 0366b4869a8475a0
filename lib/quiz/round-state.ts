import type { RoundKind } from './draw';
import { progressVersion, type QuizProgress } from './progress';

/** Where a saved round stands: the question to show next, or the result. */
export type RoundPosition = { stage: 'main' | 'retry'; index: number; total: number; questionId: string } | { stage: 'result' };

export function newProgress(round: RoundKind, questionIds: string[]): QuizProgress {
  return { version: progressVersion, round, questionIds, answers: [] };
}

export function roundPosition(progress: QuizProgress): RoundPosition {
  const { retry } = progress;
  if (retry && retry.answers.length < retry.questionIds.length) {
    const index = retry.answers.length;
    return { stage: 'retry', index, total: retry.questionIds.length, questionId: retry.questionIds[index] as string };
  }
  if (progress.answers.length < progress.questionIds.length) {
    const index = progress.answers.length;
    return { stage: 'main', index, total: progress.questionIds.length, questionId: progress.questionIds[index] as string };
  }
  return { stage: 'result' };
}

/** Records the answer to the current question; the round's finishing time is set with its last answer. */
export function answerCurrent(progress: QuizProgress, optionId: string, now: Date): QuizProgress {
  const position = roundPosition(progress);
  if (position.stage === 'result') return progress;
  if (position.stage === 'retry' && progress.retry) {
    return { ...progress, retry: { ...progress.retry, answers: [...progress.retry.answers, optionId] } };
  }
  const answers = [...progress.answers, optionId];
  const finished = answers.length === progress.questionIds.length;
  return { ...progress, answers, ...(finished ? { finishedAt: now.toISOString() } : {}) };
}

/** Starts a retry of the given (missed) questions, replacing any earlier retry. The round's own score stays. */
export function startRetry(progress: QuizProgress, missedIds: string[]): QuizProgress {
  if (missedIds.length === 0) return progress;
  return { ...progress, retry: { questionIds: [...missedIds], answers: [] } };
}

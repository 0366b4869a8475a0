import { describe, expect, it } from 'vitest';
import { answerKeyOf, scorableQuestions, scoreRound } from './score';

const questions = new Map(
  [
    { id: 'q1', topic: 'larangan', answer: 'true' },
    { id: 'q2', topic: 'sanksi', answer: 'b' },
    { id: 'q3', topic: 'larangan', answer: 'violation' },
    { id: 'q4', topic: 'hak-pilih', answer: 'allowed' },
    { id: 'q5', topic: 'sanksi', answer: 'false' },
  ].map((question) => [question.id, question]),
);
const order = ['larangan', 'media-sosial', 'hak-pilih', 'sanksi'];

describe('scoreRound', () => {
  it('counts correct answers, lists the missed ones and breaks the score down by topic in guide order', () => {
    const score = scoreRound(['q1', 'q2', 'q3', 'q4', 'q5'], ['true', 'a', 'caution', 'allowed', 'false'], questions, order);
    expect(score).toEqual({
      correct: 3,
      total: 5,
      percent: 60,
      passed: false,
      missed: ['q2', 'q3'],
      byTopic: [
        { topic: 'larangan', correct: 1, total: 2 },
        { topic: 'hak-pilih', correct: 1, total: 1 },
        { topic: 'sanksi', correct: 1, total: 2 },
      ],
    });
  });

  it('passes at exactly 80% and not below', () => {
    const ids = Array.from({ length: 10 }, (_, index) => `t${index}`);
    const many = new Map(ids.map((id) => [id, { id, topic: 'larangan', answer: 'true' }]));
    const answered = (right: number) => ids.map((_, index) => (index < right ? 'true' : 'false'));
    expect(scoreRound(ids, answered(8), many, order)).toMatchObject({ correct: 8, percent: 80, passed: true });
    expect(scoreRound(ids, answered(7), many, order)).toMatchObject({ correct: 7, percent: 70, passed: false });
    const full = Array.from({ length: 25 }, (_, index) => `f${index}`);
    const fullBank = new Map(full.map((id) => [id, { id, topic: 'sanksi', answer: 'x' }]));
    const fullAnswers = (right: number) => full.map((_, index) => (index < right ? 'x' : 'y'));
    expect(scoreRound(full, fullAnswers(20), fullBank, order).passed).toBe(true);
    expect(scoreRound(full, fullAnswers(19), fullBank, order)).toMatchObject({ percent: 76, passed: false });
  });

  it('treats an unanswered question as missed and refuses an unknown id', () => {
    expect(scoreRound(['q1', 'q4'], ['true'], questions, order)).toMatchObject({ correct: 1, missed: ['q4'] });
    expect(() => scoreRound(['nope'], ['true'], questions, order)).toThrow(/nope/);
  });
});

describe('answerKeyOf', () => {
  it('keeps what scoring needs, grouped by topic, and scores exactly as the questions themselves do', () => {
    const key = answerKeyOf([...questions.values()]);
    expect(key).toEqual({ larangan: { q1: 'true', q3: 'violation' }, sanksi: { q2: 'b', q5: 'false' }, 'hak-pilih': { q4: 'allowed' } });
    const ids = ['q1', 'q2', 'q3', 'q4', 'q5'];
    const answers = ['true', 'a', 'caution', 'allowed', 'false'];
    expect(scoreRound(ids, answers, scorableQuestions(key), order)).toEqual(scoreRound(ids, answers, questions, order));
  });
});

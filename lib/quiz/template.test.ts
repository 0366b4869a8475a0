import { describe, expect, it } from 'vitest';
import { fillTemplate } from './template';

describe('fillTemplate', () => {
  it('fills named placeholders and leaves unknown ones visible', () => {
    expect(fillTemplate('{correct} of {total} ({missing})', { correct: 7, total: 10 })).toBe('7 of 10 ({missing})');
  });

  const retry = 'Retry {count, plural, one {the question} other {the # questions}} I missed';
  it('picks the English plural form by the number', () => {
    expect(fillTemplate(retry, { count: 1 }, 'en')).toBe('Retry the question I missed');
    expect(fillTemplate(retry, { count: 3 }, 'en')).toBe('Retry the 3 questions I missed');
  });

  it('prefers an exact =n branch and falls back to other (Indonesian has no plural category but other)', () => {
    const id = '{total, plural, =1 {Pertanyaan yang salah kini benar.} other {Semua # pertanyaan kini benar ({score}).}}';
    expect(fillTemplate(id, { total: 1, score: 'x' }, 'id')).toBe('Pertanyaan yang salah kini benar.');
    expect(fillTemplate(id, { total: 4, score: '7 dari 10' }, 'id')).toBe('Semua 4 pertanyaan kini benar (7 dari 10).');
  });

  it('leaves a plural whose value is not a number as written', () => {
    expect(fillTemplate('{n, plural, other {#}}', {})).toBe('{n, plural, other {#}}');
  });
});

import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findOldPenalties } from '@/lib/content/old-penalty';
import type { BankQuestion } from './bank-schema';
import { readContentFile } from '@/lib/content/validate';
import { bankFileSchema } from './bank-schema';
import { type BankFile, bankProblems, loadQuizBank, minBankSize, minQuestionsPerTopic, quizTopics } from './load-bank';

const fixtures = path.join(__dirname, 'fixtures');

describe('the real question bank', () => {
  const bank = loadQuizBank();

  it('has enough questions, at least four per guide topic', () => {
    expect(bank.length).toBeGreaterThanOrEqual(minBankSize);
    expect(quizTopics()).toHaveLength(12);
    for (const topic of quizTopics()) {
      expect(bank.filter((question) => question.topic === topic).length, topic).toBeGreaterThanOrEqual(minQuestionsPerTopic);
    }
  });

  it('has all three kinds of question', () => {
    for (const kind of ['true-false', 'multiple-choice', 'scenario'] as const) {
      expect(bank.some((question) => question.kind === kind), kind).toBe(true);
    }
  });

  it('uses every id once', () => {
    expect(new Set(bank.map((question) => question.id)).size).toBe(bank.length);
  });

  it('keeps the correct option of true/false and scenario questions varied', () => {
    // A bank where "true" or "violation" is always right teaches guessing, not the rules.
    const answers = (kind: BankQuestion['kind']) => new Set(bank.filter((q) => q.kind === kind).map((q) => q.answer));
    expect([...answers('true-false')].sort()).toEqual(['false', 'true']);
    expect([...answers('scenario')].sort()).toEqual(['allowed', 'caution', 'violation']);
  });

  it('answers at least 35% of the "allowed or not?" questions with allowed or caution', () => {
    // A reader who always answers "violation" must not pass on them: the quiz also teaches what is allowed.
    const scenarios = bank.filter((question) => question.kind === 'scenario');
    const notViolation = scenarios.filter((question) => question.answer !== 'violation');
    expect(notViolation.length / scenarios.length).toBeGreaterThanOrEqual(0.35);
  });

  it('never presents detention or the pre-2026 fixed penalties as the current criminal penalty', () => {
    // UU 1/2026 adjusted the election crimes from 2 January 2026; the new figures are unconfirmed (content/changes.json: kuhp-baru-dan-penyesuaian-pidana).
    const texts = bank.flatMap((question) => [
      question.id,
      ...Object.values(question.prompt),
      ...Object.values(question.explanation),
      ...(question.kind === 'multiple-choice' ? question.options.flatMap((option) => Object.values(option.text)) : []),
    ].map((text) => `${question.id}: ${text}`));
    expect(texts.filter((text) => findOldPenalties(text).length > 0)).toEqual([]);
  });
});

describe('bank validation', () => {
  it('names the file and field of schema problems', () => {
    const read = () => readContentFile(bankFileSchema, 'bad-bank/media-sosial.json', fixtures);
    expect(read).toThrow(/bad-bank\/media-sosial\.json: \[0\]\.explanation\.en: [\s\S]*media-sosial\.json: \[1\]\.answer: "d" is not one of the options/);
    expect(read).toThrow(/media-sosial\.json: \[2\]\.legalBasis\[0\]\.instrument[\s\S]*media-sosial\.json: \[2\]\.facts: fact "sm_action" cannot be "wink"/);
  });

  const question = (id: string, topic: string, anchor?: string) =>
    ({
      id,
      kind: 'true-false',
      topic,
      prompt: { id: 'P', en: 'P' },
      answer: 'true',
      explanation: { id: 'E', en: 'E' },
      legalBasis: [{ instrument: 'skb-2022' }],
      guide: anchor ? { slug: 'larangan', anchor } : { slug: 'larangan' },
      sources: ['skb-2022'],
    }) as BankQuestion;
  const file = (topic: string, questions: BankQuestion[]): BankFile => ({ file: `content/quiz/${topic}.json`, topic, questions });
  const topics = ['larangan', 'media-sosial'];
  const hasAnchor = (guide: string, anchor: string) => guide === 'larangan' && anchor === 'ringkasan';

  it('reports a wrong topic, a repeated id, a missing anchor, an unknown source and missing topics', () => {
    const problems = bankProblems(
      [
        file('larangan', [question('a', 'larangan'), question('b', 'sanksi'), question('a', 'larangan', 'tidak-ada')]),
        file('lain-lain', [question('c', 'larangan')]),
      ],
      { topics, hasAnchor, knownSourceIds: new Set(['uu-7-2017']), knownInstrumentIds: new Set(['uu-7-2017']) },
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        'content/quiz/larangan.json: [1].topic: "sanksi" does not match the file\'s topic "larangan"',
        'content/quiz/larangan.json: [2].id: "a" is already used in content/quiz/larangan.json',
        'content/quiz/larangan.json: [2].guide.anchor: "#tidak-ada" is not a heading id in both locales of guide "larangan"',
        'content/quiz/larangan.json: [0].sources[0]: unknown source "skb-2022"',
        'content/quiz/larangan.json: [0].legalBasis[0].instrument: unknown instrument "skb-2022"',
        expect.stringMatching(/lain-lain\.json: \(file name\): "lain-lain" is not a guide topic/),
        'content/quiz/lain-lain.json: (root): 1 questions, at least 4 needed',
        'content/quiz/media-sosial.json: (file): missing: every guide is a quiz topic',
        'content/quiz: (bank): 3 questions, at least 60 needed',
      ]),
    );
  });

  it('reports a criminal provision that content/penalties.json does not have', () => {
    const withPenalty = { ...question('a', 'larangan'), penalties: ['uu-7-2017-pasal-494', 'uu-7-2017-pasal-999'] } as BankQuestion;
    const problems = bankProblems([file('larangan', [withPenalty])], {
      topics,
      hasAnchor,
      knownSourceIds: new Set(['skb-2022']),
      knownInstrumentIds: new Set(['skb-2022']),
      knownPenaltyIds: new Set(['uu-7-2017-pasal-494']),
    });
    expect(problems.filter((line) => line.includes('penalties'))).toEqual([
      'content/quiz/larangan.json: [0].penalties[1]: unknown penalty "uu-7-2017-pasal-999"',
    ]);
  });

  it('accepts an anchor only when the guide has it, and a guide link only to a guide', () => {
    const problems = (guide: BankQuestion['guide']) =>
      bankProblems([file('larangan', [{ ...question('a', 'larangan'), guide }])], {
        topics,
        hasAnchor,
        knownSourceIds: new Set(['skb-2022']),
        knownInstrumentIds: new Set(['skb-2022']),
      }).filter((line) => line.includes('guide.'));
    expect(problems({ slug: 'larangan', anchor: 'ringkasan' })).toEqual([]);
    expect(problems({ slug: 'larangan', anchor: 'tidak-ada' })).toHaveLength(1);
    expect(problems({ slug: 'memilih' })).toEqual(['content/quiz/larangan.json: [0].guide.slug: "memilih" is not a guide']);
  });
});

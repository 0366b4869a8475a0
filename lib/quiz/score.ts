/** The share of correct answers needed to pass, in percent. */
export const passPercent = 80;

export interface TopicScore {
  topic: string;
  correct: number;
  total: number;
}

export interface RoundScore {
  correct: number;
  total: number;
  /** Whole percent, rounded down so that a score just under the pass mark never shows as 80%. */
  percent: number;
  passed: boolean;
  /** One line per topic in the round, in the order the topics are given. */
  byTopic: TopicScore[];
  /** Ids of the questions answered wrongly, in round order. */
  missed: string[];
}

/** What scoring needs of a question. */
export interface Scorable {
  id: string;
  topic: string;
  answer: string;
}

/**
 * What scoring needs of the whole bank, small enough to write into the quiz page: each topic's questions with their
 * correct option, `{ topic: { questionId: optionId } }`. A saved result is scored with it at once, before the bank
 * (texts, options, explanations) has loaded.
 */
export type AnswerKey = Record<string, Record<string, string>>;

export function answerKeyOf(questions: readonly Scorable[]): AnswerKey {
  const key: AnswerKey = {};
  for (const { id, topic, answer } of questions) {
    key[topic] ??= {};
    key[topic][id] = answer;
  }
  return key;
}

/** The answer key as scorable questions by id, as `scoreRound` takes them. */
export function scorableQuestions(key: AnswerKey): Map<string, Scorable> {
  return new Map(Object.entries(key).flatMap(([topic, answers]) => Object.entries(answers).map(([id, answer]) => [id, { id, topic, answer }] as const)));
}

/**
 * Scores a finished round: `answers[i]` is the option chosen for `questionIds[i]`. Topics are listed in
 * `topicOrder` (topics the round did not draw are left out).
 */
export function scoreRound(
  questionIds: readonly string[],
  answers: readonly string[],
  questions: ReadonlyMap<string, Scorable>,
  topicOrder: readonly string[],
): RoundScore {
  const tally = new Map<string, TopicScore>();
  const missed: string[] = [];
  let correct = 0;
  questionIds.forEach((id, index) => {
    const question = questions.get(id);
    if (!question) throw new Error(`Unknown question "${id}"`);
    const right = answers[index] === question.answer;
    const line = tally.get(question.topic) ?? { topic: question.topic, correct: 0, total: 0 };
    line.total += 1;
    if (right) {
      line.correct += 1;
      correct += 1;
    } else missed.push(id);
    tally.set(question.topic, line);
  });
  const total = questionIds.length;
  return {
    correct,
    total,
    percent: total ? Math.floor((correct * 100) / total) : 0,
    passed: total > 0 && correct * 100 >= total * passPercent,
    byTopic: topicOrder.flatMap((topic) => tally.get(topic) ?? []),
    missed,
  };
}

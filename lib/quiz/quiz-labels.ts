import type { Message } from '@/lib/i18n/format-message';
import type messages from '@/messages/id.json';

/**
 * The quiz texts with ICU arguments (`{count, plural, …}`, `{topic}`): QuizSection compiles them on the server and
 * the island formats them with lib/i18n/format-message.ts. A test keeps this list equal to the messages that have
 * arguments, in both languages.
 */
export const quizTemplateKeys = [
  'continueRound',
  'noticeUnknownRound',
  'progress',
  'retryProgress',
  'topic',
  'correctAnswerIs',
  'scoreLine',
  'topicScore',
  'retryMissed',
  'reviewYourAnswer',
  'reviewCorrectAnswer',
  'certificateBody',
  'certificateDate',
  'shareText',
  'progressValue',
  'retryAllFixed',
  'retrySomeFixed',
  'retryScoreStays',
  'reviewFilterAll',
  'reviewFilterMistakes',
] as const;
export type QuizTemplateKey = (typeof quizTemplateKeys)[number];

/** The quiz's UI texts in the reader's language: plain texts as they are, the templates compiled. */
export type QuizLabels = Omit<(typeof messages)['Quiz'], QuizTemplateKey> & Record<QuizTemplateKey, Message>;

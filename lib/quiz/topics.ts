/**
 * The quiz topics: one per guide page, in the guides' reading order. A topic id is the guide's slug, so a
 * question's topic also says which guide explains it.
 */
export const quizTopics = [
  'apa-itu-netralitas',
  'larangan',
  'media-sosial',
  'acara-dan-foto',
  'partai-ormas-pencalonan',
  'kantor-anggaran-keputusan',
  'hak-pilih',
  'sanksi',
  'tekanan-di-lapangan',
  'cara-melapor',
  'angka-dan-sejarah',
  'tanya-jawab',
] as const;

export type QuizTopic = (typeof quizTopics)[number];

export function isQuizTopic(value: string): value is QuizTopic {
  return (quizTopics as readonly string[]).includes(value);
}

/**
 * Learning time stated on the certificate, so that staff can log it as self-learning. An estimate, said to be
 * one: the assembly briefing is planned for 10 minutes (see content/apel-script.json) and a quiz question
 * takes about a minute to read, answer and read the explanation.
 */
export const briefingMinutes = 10;
export const minutesPerQuestion = 1;

export interface LearningTime {
  briefing: number;
  quiz: number;
  total: number;
}

/** The briefing counts only when the quiz was opened from an assembly's QR code or link. */
export function learningTime(questions: number, attendedBriefing: boolean): LearningTime {
  const briefing = attendedBriefing ? briefingMinutes : 0;
  const quiz = questions * minutesPerQuestion;
  return { briefing, quiz, total: briefing + quiz };
}

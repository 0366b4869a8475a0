import { ApelQuizBanner } from '@/components/apel/ApelQuizBanner';

/** The quiz page's assembly banner: a bundle of its own, so that the quiz page does not load the apel kit's islands. */
export const apelQuizIslands = { 'apel-quiz.banner': ApelQuizBanner };

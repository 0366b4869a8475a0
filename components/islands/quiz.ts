import { Quiz } from '@/components/quiz/Quiz';

export const quizIslands = { quiz: Quiz };

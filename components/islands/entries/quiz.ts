import { quizIslands } from '../quiz';
import { hydrateIslands } from '../hydrate';

hydrateIslands(quizIslands);

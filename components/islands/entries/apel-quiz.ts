import { apelQuizIslands } from '../apel-quiz';
import { hydrateIslands } from '../hydrate';

hydrateIslands(apelQuizIslands);

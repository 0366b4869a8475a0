// Every island by name (lib/islands/markers.ts says how names map to bundles). The server renders them through
// Island.tsx; the browser hydrates each bundle from components/islands/entries/<bundle>.ts.
import { apelIslands } from './apel';
import { apelQuizIslands } from './apel-quiz';
import { checkerIslands } from './checker';
import { quizIslands } from './quiz';
import { reportIslands } from './report';
import { searchIslands } from './search';
import { selfcheckIslands } from './selfcheck';

export const islands = { ...apelIslands, ...apelQuizIslands, ...checkerIslands, ...quizIslands, ...reportIslands, ...searchIslands, ...selfcheckIslands };
export type IslandName = keyof typeof islands;

import { apelIslands } from '../apel';
import { hydrateIslands } from '../hydrate';

hydrateIslands(apelIslands);

import { searchIslands } from '../search';
import { hydrateIslands } from '../hydrate';

hydrateIslands(searchIslands);

import { selfcheckIslands } from '../selfcheck';
import { hydrateIslands } from '../hydrate';

hydrateIslands(selfcheckIslands);

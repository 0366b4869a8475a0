import { reportIslands } from '../report';
import { hydrateIslands } from '../hydrate';

hydrateIslands(reportIslands);

import { checkerIslands } from '../checker';
import { hydrateIslands } from '../hydrate';

hydrateIslands(checkerIslands);

import 'server-only';
import keyPointsData from '@/content/key-points.json';
import pledgeData from '@/content/pledge.json';
import { type KeyPoint, keyPointsSchema } from '@/lib/content/key-points';
import { parseContent } from '@/lib/content/validate';
import { type Pledge, pledgeSchema } from './pledge';

/**
 * The do / don't summary that the slides and the poster show. One entry point, so that it can read
 * from the shared content catalogue (`getKeyPoints()`) without touching the components.
 */
export function getApelKeyPoints(): KeyPoint[] {
  return parseContent(keyPointsSchema, keyPointsData, 'content/key-points.json');
}

export function getPledge(): Pledge {
  return parseContent(pledgeSchema, pledgeData, 'content/pledge.json');
}

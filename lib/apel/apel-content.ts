import 'server-only';
import pledgeData from '@/content/pledge.json';
import { getKeyPoints, type KeyPoint } from '@/lib/content/catalog';
import { parseContent } from '@/lib/content/validate';
import { type Pledge, pledgeSchema } from './pledge';

/** The do / don't summary that the slides and the poster show, from the shared content catalogue. */
export function getApelKeyPoints(): KeyPoint[] {
  return getKeyPoints();
}

export function getPledge(): Pledge {
  return parseContent(pledgeSchema, pledgeData, 'content/pledge.json');
}

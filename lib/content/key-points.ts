import { z } from 'zod';
import { contentId, localized } from './localized';

/** One line of the "do / don't" summary shown on the guide index, the home page, apel slides and the poster. */
export const keyPointSchema = z.strictObject({
  /** Stable id. */
  id: contentId,
  /** `do`: what an ASN may or should do; `dont`: what is prohibited. */
  kind: z.enum(['do', 'dont']),
  /** The point in a few words, in both languages. */
  text: localized,
  /** Ids of the sources and legal instruments behind it (see content/sources.json, content/instruments.json). */
  sources: z.array(contentId).min(1),
  /** Slug of the guide that explains it. */
  guide: contentId,
});
export const keyPointsSchema = z.array(keyPointSchema).min(4);
export type KeyPoint = z.infer<typeof keyPointSchema>;

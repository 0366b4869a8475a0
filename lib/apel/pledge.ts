import { z } from 'zod';
import { contentId, isoDate, localized } from '@/lib/content/localized';

/** A news report or official page showing the pledge in use. */
const pledgeSourceSchema = z.strictObject({
  title: z.string().trim().min(1),
  publisher: z.string().trim().min(1),
  /** Date of the event or article, when the source gives one. */
  date: isoDate.optional(),
  url: z.url({ protocol: /^https$/ }),
});

/**
 * The neutrality pledge (ikrar netralitas) read at the morning assembly. There is no single official
 * text, so the file holds the commonly used points in our own words, what they are, and where they come from.
 */
export const pledgeSchema = z.strictObject({
  title: localized,
  /** The line read before the points ("Kami, … berikrar:"). */
  opening: localized,
  points: z.array(z.strictObject({ id: contentId, text: localized })).min(1),
  /** Says that this is not an official text and how to use it. */
  about: localized,
  sources: z.array(pledgeSourceSchema).min(1),
});
export type Pledge = z.infer<typeof pledgeSchema>;

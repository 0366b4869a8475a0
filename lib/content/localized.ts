import { z } from 'zod';

/** A text written once in both languages, side by side. A missing language is a build error. */
export const localized = z.strictObject({
  /** Indonesian text (the default locale). */
  id: z.string().trim().min(1),
  /** English text. */
  en: z.string().trim().min(1),
});
export type Localized = z.infer<typeof localized>;

/** An ISO calendar date, `yyyy-mm-dd`. */
export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as yyyy-mm-dd');

/** A stable kebab-case id. Ids appear in URLs and saved progress, so they are never renamed. */
export const contentId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a kebab-case id');

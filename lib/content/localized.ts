import { z } from 'zod';
import { certainties } from '@/lib/rules/vocabulary';

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


/** How sure a legal fact is (the terms are explained in lib/rules/vocabulary.ts). */
export const certainty = z.enum(certainties);
export type { Certainty } from '@/lib/rules/vocabulary';

/** A place in a guide: its slug and the locale-independent id of one of its headings. */
export const guideAnchor = z.strictObject({
  /** Slug of the guide (folder name under content/guides/). */
  guide: contentId,
  /** Id of a heading in that guide, present in both id.mdx and en.mdx. */
  anchor: contentId,
});
export type GuideAnchor = z.infer<typeof guideAnchor>;

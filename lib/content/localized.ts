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

/** Picks one language of a side-by-side text (a plain string, such as a name, is the same in both); any locale other than `en` reads Indonesian. */
export function localize(value: Localized | string, locale: string): string {
  if (typeof value === 'string') return value;
  return locale === 'en' ? value.en : value.id;
}

/**
 * How sure a legal fact is, in the terms of the project's legal fact sheet: `verified` (two independent
 * sources or one primary text), `reported` (one reputable secondary source), `unconfirmed` (not confirmed:
 * never shown as fact), `conflicting` (official sources disagree: shown as a disagreement).
 */
export const certainty = z.enum(['verified', 'reported', 'unconfirmed', 'conflicting']);
export type Certainty = z.infer<typeof certainty>;

/** A place in a guide: its slug and the locale-independent id of one of its headings. */
export const guideAnchor = z.strictObject({
  /** Slug of the guide (folder name under content/guides/). */
  guide: contentId,
  /** Id of a heading in that guide, present in both id.mdx and en.mdx. */
  anchor: contentId,
});
export type GuideAnchor = z.infer<typeof guideAnchor>;

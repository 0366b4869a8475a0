import { z } from 'zod';
import { contentId, guideAnchor, isoDate, localized } from './localized';

/** A person an article quotes or names, with their position at the time. */
export const personSchema = z.strictObject({
  /** The name as printed in the article. */
  name: z.string().trim().min(2),
  /** Their position at the time, in both languages. */
  role: localized,
});

/**
 * One claim a source article makes, and the guide section where the portal covers it (a checkable promise:
 * a test proves the section exists in both languages).
 */
export const claimSchema = z.strictObject({
  /** The claim, in the portal's own words. */
  text: localized,
  /** Who said it, if the article attributes it (a name from `people`). */
  speaker: z.string().trim().min(2).optional(),
  /** Where the portal covers it. */
  coveredIn: guideAnchor,
  /** A caveat that does not make the claim wrong, e.g. that no other source confirms it. */
  note: localized.optional(),
  /** Set when the claim is wrong or out of date: what is correct now and why. */
  correction: localized.optional(),
  /** Ids of the sources and instruments behind the correction. */
  correctionSources: z.array(contentId).optional(),
});
export type Claim = z.infer<typeof claimSchema>;

/** An article, official page or document the portal takes facts from. */
export const sourceSchema = z
  .strictObject({
    /** Stable id; also the anchor of its entry (`/id/sumber/#<id>` for a seed, `/id/sumber/sekunder/#<id>` otherwise: `sourceHref`). */
    id: contentId,
    /** `seed`: one of the five articles the portal was created from; `news`: a news report; `official`: a government page; `document`: a copy of a legal text or official booklet; `web`: another web page. */
    kind: z.enum(['seed', 'news', 'official', 'document', 'web']),
    /** Headline or title as published, in its original language. Omitted when only the address is known. */
    title: z.string().trim().min(3).optional(),
    /** The outlet or site that published it: a name, or a description in both languages when it has no name. */
    outlet: z.union([z.string().trim().min(2), localized]),
    /** The address as indexed (may be shortened with `…`). */
    address: z.string().trim().min(4).optional(),
    /** Author or writer, if named. */
    author: z.string().trim().min(2).optional(),
    /** Publication or event date, yyyy-mm-dd. */
    date: isoDate.optional(),
    /** Anything about the date the reader must know (e.g. that the article gives no year). */
    dateNote: localized.optional(),
    /** Where the reported event took place. */
    place: localized.optional(),
    /** People quoted or named. */
    people: z.array(personSchema).default([]),
    /** What the portal takes from it, in one or two sentences. */
    summary: localized,
    /** Anything a reader should know about the source itself (e.g. the outlet is not named in the stored copy). */
    note: localized.optional(),
    /** Keys this source had in the research notes the content was first written from (`S1`, `S122b`; those notes are not in this repository), kept for traceability. */
    legalKeys: z.array(z.string().regex(/^S\d+b?$/, 'expected a key like S12')).default([]),
    /** Seed articles: every claim they make and where the portal covers it. */
    claims: z.array(claimSchema).default([]),
  })
  .refine((source) => source.kind !== 'seed' || source.claims.length > 0, {
    message: 'a seed article must list its claims',
    path: ['claims'],
  });
export const sourcesSchema = z.array(sourceSchema).min(1);
export type Source = z.infer<typeof sourceSchema>;

import { z } from 'zod';
import { certainty, contentId, guideAnchor, isoDate, localized } from './localized';

/** The criminal provisions of the election laws whose penalties the portal shows (a contract: never rename). */
export const requiredPenaltyIds = [
  'uu-7-2017-pasal-490',
  'uu-7-2017-pasal-493',
  'uu-7-2017-pasal-494',
  'uu-7-2017-pasal-547',
  'uu-10-2016-pasal-188',
  'uu-10-2016-pasal-189',
] as const;

/** What the penalty is today: adjusted by a later law from a date, with the new figures only where confirmed. */
const currentPenaltySchema = z
  .strictObject({
    /** The first day the current penalty applies, e.g. `2026-01-02` (UU 1/2023 and UU 1/2026 in force). */
    since: isoDate,
    /** Id of the instrument (content/instruments.json) that set or adjusted the current penalty, e.g. `uu-1-2026`. */
    adjustedBy: contentId,
    /** How sure the new figures are. Until someone reads the law's annex they are `unconfirmed`: never shown. */
    figuresStatus: certainty,
    /** The current figures in words. Only allowed when `figuresStatus` is `verified` or `reported`. */
    figures: localized.optional(),
    /** Ids of the sources (content/sources.json) that report the adjustment. */
    sources: z.array(contentId).min(1),
  })
  .refine((current) => (current.figuresStatus === 'verified' || current.figuresStatus === 'reported') === Boolean(current.figures), {
    message: 'give `figures` exactly when `figuresStatus` is verified or reported (unconfirmed figures are never shown)',
    path: ['figures'],
  });

/** An earlier penalty and the last day it applied: shown only as history ("until 1 Jan 2026: …"). */
const pastPenaltySchema = z.strictObject({
  /** The last day this penalty applied, e.g. `2026-01-01`. */
  until: isoDate,
  /** The penalty as the law stated it then, e.g. `kurungan paling lama 1 tahun dan denda paling banyak Rp12.000.000`. */
  penalty: localized,
  /** How sure these figures are. */
  status: certainty,
  /** Ids of the sources (content/sources.json) that report these figures. */
  sources: z.array(contentId).min(1),
});

/** One criminal provision of an election law: what it punishes, whom, and its penalty now and before. */
export const penaltySchema = z.strictObject({
  /** Stable id, `<instrument>-pasal-<n>`, e.g. `uu-7-2017-pasal-494`. Rules and guides refer to it. */
  id: contentId,
  /** Id of the law (content/instruments.json), e.g. `uu-7-2017`. */
  instrument: contentId,
  /** The penal article, e.g. `Pasal 494` / `Article 494`. */
  article: localized,
  /** The prohibition it enforces, e.g. `Pasal 280 ayat (3)` / `Article 280(3)`. */
  enforces: localized.optional(),
  /** What it punishes, in the portal's own words. */
  offence: localized,
  /** Who is punished (e.g. the candidate, not the ASN, under UU 10/2016 Pasal 189). */
  appliesTo: localized,
  /** The penalty today. */
  current: currentPenaltySchema,
  /** Earlier penalties, newest first. Never presented as the current penalty. */
  history: z.array(pastPenaltySchema).min(1),
  /** The guide section that explains it. */
  explainedIn: guideAnchor,
});
export const penaltiesSchema = z.array(penaltySchema).min(1);
export type Penalty = z.infer<typeof penaltySchema>;

import { z } from 'zod';
import { certainty, contentId, isoDate, localized } from '@/lib/content/localized';
import type { ruleChange } from '@/lib/rules/schema';

/**
 * A legal fact that changed on a date (content/changes.json): what changed, what held before and what holds
 * after, with the instruments and sources behind it. The "What changed" page and its Atom feeds list these,
 * newest first, together with the dated `changes` of the checker's rules.
 */
export const lawChangeSchema = z.strictObject({
  /** Stable kebab-case id; also the entry's anchor on the page and part of its feed id. Never renamed. */
  id: contentId,
  /** The day the change took effect (or was read out, for a court ruling), yyyy-mm-dd. */
  date: isoDate,
  /** Anything about the date the reader must know, e.g. that it is the oldest report, not the signing date. */
  dateNote: localized.optional(),
  /** How sure the change is, one of the certainties of lib/rules/vocabulary.ts. `unconfirmed` details must not be stated as fact. */
  certainty,
  /** One line: what changed. */
  title: localized,
  /** What the change is, in two or three sentences. */
  summary: localized,
  /** What held until the day before (e.g. the old penalty figures, shown only as history). */
  before: localized,
  /** What holds from that day on. */
  after: localized,
  /** Ids of content/instruments.json the change concerns. */
  instruments: z.array(contentId).min(1),
  /** Ids of content/sources.json that report it. */
  sources: z.array(contentId).min(1),
  /** Slugs of the guides (content/guides/<slug>/) that explain the rule as it is now. */
  guides: z.array(contentId),
  /** Ids of the checker's rules (content/rules/*.json) that apply it. */
  rules: z.array(contentId),
  /** The day this entry was last checked against its sources, yyyy-mm-dd. */
  lastChecked: isoDate,
});
export const lawChangesSchema = z.array(lawChangeSchema).min(1);
export type LawChange = z.infer<typeof lawChangeSchema>;

/** The dated `changes` a checker rule carries (its schema is the rules' own, lib/rules/schema.ts). */
export type RuleChange = z.infer<typeof ruleChange>;

export const changesFile = 'content/changes.json';

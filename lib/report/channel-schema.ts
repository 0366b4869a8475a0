import { z } from 'zod';
import { certainty, contentId, isoDate, localized } from '@/lib/content/localized';

/**
 * The schema of content/checker/report-channels.json: where to report, for whom, by when, with what. The
 * checker's rules name channels by id (`report`); the reporting flow picks them by who acted and what
 * happened. Server and build only.
 */

/** Who acted, as the witness knows them. */
export const reportedParty = z.enum(['asn_known', 'asn_unknown', 'village', 'tni_polri', 'candidate']);
/** What happened: a breach of the election laws, or of civil-service discipline and ethics. */
export const breachKind = z.enum(['election_law', 'discipline']);

export const reportChannelSchema = z.strictObject({
  /** Stable id; the checker's rules refer to it. */
  id: contentId,
  name: localized,
  how: localized,
  url: z.url({ protocol: /^https$/ }).optional(),
  /** Whom the channel takes reports about. */
  who: z.array(reportedParty).min(1),
  /** Which kinds of breach it handles. */
  what: z.array(breachKind).min(1),
  /** The deadline for reporting, where a source gives one. */
  deadline: localized.optional(),
  /** What the channel asks the reporter for. */
  asks: z.array(localized).min(1),
  /** What happens after the report. */
  next: localized.optional(),
  status: certainty,
  /** Ids of the sources (content/sources.json) for the channel, its deadline and its requirements. */
  sources: z.array(contentId).min(1),
  lastChecked: isoDate,
});
export const reportChannelsSchema = z.array(reportChannelSchema).min(1);
export type ReportChannel = z.infer<typeof reportChannelSchema>;

import 'server-only';
import { z } from 'zod';
import { content } from '@/lib/content/load';
import { certainty, contentId, isoDate, localized } from '@/lib/content/localized';
import { contentProblem } from '@/lib/content/validate';
import type { ReportChannel } from './channel-schema';

export const pressureFile = 'content/report/pressure.json';

/** The schema of content/report/pressure.json: scripts for saying no, keeping a record, who helps, and what protects you. */
export const pressureSchema = z.strictObject({
  lastChecked: isoDate,
  /** Short polite refusals, one per kind of person asking. */
  scripts: z.array(z.strictObject({ id: contentId, to: localized, says: localized })).min(1),
  /** Steps for keeping a private record. */
  record: z.array(localized).min(1),
  /** Ids of report channels (content/checker/report-channels.json) that can help. */
  helpers: z.array(contentId).min(1),
  /** Rules that protect someone who refuses, each with its legal basis and sources. */
  protections: z
    .array(
      z.strictObject({
        id: contentId,
        text: localized,
        basis: z.array(z.strictObject({ instrument: contentId, article: localized, status: certainty })).min(1),
        sources: z.array(contentId).min(1),
      }),
    )
    .min(1),
  /** What the sources do not say: protections we could not find, stated as such. */
  gaps: z.array(localized),
});
export type PressureContent = z.infer<typeof pressureSchema>;

/** The pressure content and the report channels, validated. */
export function loadReportContent() {
  return { pressure: content().pressure, channels: content().checker.channels };
}

/**
 * The reporting content's references: channel and pressure sources, instruments and helper channels. One
 * `file: field: problem` line per problem.
 */
export function pressureProblems(pressure: PressureContent, channels: ReportChannel[], known: { sources: ReadonlySet<string>; instruments: ReadonlySet<string> }): string[] {
  const channelIds = new Set(channels.map((channel) => channel.id));
  const problems: string[] = [];
  for (const [index, channel] of channels.entries())
    for (const [s, id] of channel.sources.entries())
      if (!known.sources.has(id)) problems.push(contentProblem('content/checker/report-channels.json', `${index}.sources.${s}`, `unknown source "${id}"`));
  for (const [index, id] of pressure.helpers.entries()) if (!channelIds.has(id)) problems.push(contentProblem(pressureFile, `helpers.${index}`, `unknown report channel "${id}"`));
  for (const [index, protection] of pressure.protections.entries()) {
    for (const [s, id] of protection.sources.entries()) if (!known.sources.has(id)) problems.push(contentProblem(pressureFile, `protections.${index}.sources.${s}`, `unknown source "${id}"`));
    for (const [b, basis] of protection.basis.entries())
      if (!known.instruments.has(basis.instrument)) problems.push(contentProblem(pressureFile, `protections.${index}.basis.${b}.instrument`, `unknown instrument "${basis.instrument}"`));
  }
  return problems;
}

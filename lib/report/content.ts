import 'server-only';
import { z } from 'zod';
import { getInstruments, getSources } from '@/lib/content/catalog';
import { certainty, contentId, isoDate, localized } from '@/lib/content/localized';
import { ContentError, readContentFile } from '@/lib/content/validate';
import { checkerContent } from '@/lib/rules/index';

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

/**
 * Reads the pressure content and the report channels, and checks every reference: channel and pressure
 * sources, instruments and helper channels. Throws a ContentError naming file and field.
 */
export function loadReportContent(root = process.cwd()) {
  const pressure = readContentFile(pressureSchema, pressureFile, root);
  const { channels } = checkerContent();
  const sources = new Set(getSources().map((source) => source.id));
  const instruments = new Set(getInstruments().map((instrument) => instrument.id));
  const channelIds = new Set(channels.map((channel) => channel.id));
  const problems: string[] = [];
  for (const [index, channel] of channels.entries())
    for (const [s, id] of channel.sources.entries())
      if (!sources.has(id)) problems.push(`content/checker/report-channels.json: ${index}.sources.${s}: unknown source "${id}"`);
  for (const [index, id] of pressure.helpers.entries()) if (!channelIds.has(id)) problems.push(`${pressureFile}: helpers.${index}: unknown report channel "${id}"`);
  for (const [index, protection] of pressure.protections.entries()) {
    for (const [s, id] of protection.sources.entries()) if (!sources.has(id)) problems.push(`${pressureFile}: protections.${index}.sources.${s}: unknown source "${id}"`);
    for (const [b, basis] of protection.basis.entries())
      if (!instruments.has(basis.instrument)) problems.push(`${pressureFile}: protections.${index}.basis.${b}.instrument: unknown instrument "${basis.instrument}"`);
  }
  if (problems.length) throw new ContentError(`Broken references in the reporting content:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  return { pressure, channels };
}

import 'server-only';
import { sourceHref } from '@/lib/site/source-href';
import type { Instrument } from './instrument';
import { content } from './load';
import type { Penalty } from './penalty';
import { penaltiesFile } from './penalty-references';
import type { Source } from './source';
import { ContentError } from './validate';

export type { Instrument } from './instrument';
export type { KeyPoint } from './key-points';
export type { Sanction } from './sanction';
export type { SanctionCode } from '@/lib/rules/vocabulary';
export type { Claim, Source } from './source';
export type { Violation } from './violation';
export type { Catalog } from './references';
export type { Penalty } from './penalty';

const catalog = () => content().catalog;

/** The criminal provisions of the election laws, with their penalty now and before. */
export function getPenalties(): Penalty[] {
  return content().penalties;
}
/** One criminal provision by id; throws on an unknown id so that a bad reference fails the build. */
export function getPenalty(id: string): Penalty {
  const penalty = getPenalties().find((candidate) => candidate.id === id);
  if (!penalty) throw new ContentError(`Unknown penalty "${id}" (not in ${penaltiesFile})`);
  return penalty;
}

/** The six sanction kinds, mildest first. */
export const getSanctions = () => catalog().sanctions;
/** Laws, regulations, joint decrees, letters and rulings, in reading order. */
export const getInstruments = () => catalog().instruments;
/** The violation types of the 2020 and 2022 joint decrees. */
export const getViolations = () => catalog().violations;
/** Seed articles, then secondary sources. */
export const getSources = () => catalog().sources;
/** The do / don't summary. */
export const getKeyPoints = () => catalog().keyPoints;

/** The address of an instrument's or source's entry (`/id/sumber/#pp-94-2021`); throws on an unknown id. */
export const getSourceHref = (locale: string, id: string) => sourceHref(catalog(), locale, id);

/** A source or instrument by id, for citations; throws on an unknown id so that a bad citation fails the build. */
export function getCitable(id: string): { kind: 'source'; source: Source } | { kind: 'instrument'; instrument: Instrument } {
  const source = getSources().find((candidate) => candidate.id === id);
  if (source) return { kind: 'source', source };
  const instrument = getInstruments().find((candidate) => candidate.id === id);
  if (instrument) return { kind: 'instrument', instrument };
  throw new ContentError(`Unknown source or instrument "${id}" cited in a guide`);
}

import 'server-only';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseGuideFrontmatter } from './guide-frontmatter';
import { guideLocales, listGuideSlugs } from './guides';
import { extractCitedIds, extractClaimBlocks, extractHeadingAnchors, headingsWithoutAnchor } from './heading-anchors';
import { type Instrument, instrumentsSchema } from './instrument';
import { keyPointsSchema } from './key-points';
import { type Penalty, penaltiesSchema } from './penalty';
import { checkPenaltyReferences, penaltiesFile } from './penalty-references';
import { type Catalog, checkReferences, contentFiles, type GuideFacts } from './references';
import { sanctionsSchema } from './sanction';
import { type Source, sourcesSchema } from './source';
import { ContentError, readContentFile } from './validate';
import { violationsSchema } from './violation';

export type { Instrument } from './instrument';
export type { KeyPoint } from './key-points';
export type { Sanction, SanctionCode } from './sanction';
export type { Claim, Source } from './source';
export type { Violation } from './violation';
export type { Catalog } from './references';
export type { Penalty } from './penalty';

/** The facts the reference check needs from every guide page, read from content/guides/ under `root`. */
export function readGuideFacts(root = process.cwd()): GuideFacts[] {
  const dir = path.join(root, 'content', 'guides');
  return listGuideSlugs(dir).flatMap((slug) =>
    guideLocales.map((locale) => {
      const file = `content/guides/${slug}/${locale}.mdx`;
      const text = readFileSync(path.join(root, file), 'utf8');
      const unanchored = headingsWithoutAnchor(text);
      if (unanchored.length)
        throw new ContentError(`Invalid content in ${file}:\n  ${file}: headings: no anchor id on "${unanchored[0]}" (end it with {/* #some-id */})`);
      return {
        slug,
        locale,
        file,
        sources: parseGuideFrontmatter(text, file).sources,
        anchors: extractHeadingAnchors(text),
        cited: extractCitedIds(text),
        claimBlocks: extractClaimBlocks(text),
      };
    }),
  );
}

/**
 * Loads all structured content under `root`, validates each file against its schema and checks that every
 * reference resolves (sources, instruments, sanctions, guides and their anchors). Throws a ContentError
 * naming each bad file and field.
 */
export function loadCatalog(root = process.cwd()): Catalog {
  const catalog: Catalog = {
    sanctions: readContentFile(sanctionsSchema, contentFiles.sanctions, root),
    instruments: readContentFile(instrumentsSchema, contentFiles.instruments, root),
    violations: readContentFile(violationsSchema, contentFiles.violations, root),
    sources: readContentFile(sourcesSchema, contentFiles.sources, root),
    keyPoints: readContentFile(keyPointsSchema, contentFiles.keyPoints, root),
  };
  const problems = checkReferences(catalog, readGuideFacts(root));
  if (problems.length) throw new ContentError(`Broken references in content:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  return catalog;
}

/**
 * Loads content/penalties.json (the criminal provisions of the election laws, their penalty now and before),
 * validates it and checks its references against the catalog; throws a ContentError naming file and field.
 */
export function loadPenalties(root = process.cwd(), catalog = loadCatalog(root)): Penalty[] {
  const penalties = readContentFile(penaltiesSchema, penaltiesFile, root);
  const guides = readGuideFacts(root);
  const problems = checkPenaltyReferences(penalties, {
    instrumentIds: new Set(catalog.instruments.map((instrument) => instrument.id)),
    sourceIds: new Set(catalog.sources.map((source) => source.id)),
    hasAnchor: (target) => {
      const pages = guides.filter((guide) => guide.slug === target.guide);
      return pages.length > 0 && pages.every((guide) => guide.anchors.includes(target.anchor));
    },
  });
  if (problems.length) throw new ContentError(`Broken references in content:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  return penalties;
}

let cached: Catalog | undefined;
function catalog(): Catalog {
  cached ??= loadCatalog();
  return cached;
}

let cachedPenalties: Penalty[] | undefined;
/** The criminal provisions of the election laws, with their penalty now and before. */
export function getPenalties(): Penalty[] {
  cachedPenalties ??= loadPenalties(process.cwd(), catalog());
  return cachedPenalties;
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

/** A source or instrument by id, for citations; throws on an unknown id so that a bad citation fails the build. */
export function getCitable(id: string): { kind: 'source'; source: Source } | { kind: 'instrument'; instrument: Instrument } {
  const source = getSources().find((candidate) => candidate.id === id);
  if (source) return { kind: 'source', source };
  const instrument = getInstruments().find((candidate) => candidate.id === id);
  if (instrument) return { kind: 'instrument', instrument };
  throw new ContentError(`Unknown source or instrument "${id}" cited in a guide`);
}

import type { Instrument } from './instrument';
import type { KeyPoint } from './key-points';
import type { GuideAnchor } from './localized';
import { sanctionCodes } from '@/lib/rules/vocabulary';
import type { Sanction } from './sanction';
import { contentProblem } from './validate';
import type { Source } from './source';
import type { Violation } from './violation';

/** Everything the structured content holds, after each file passed its schema. */
export interface Catalog {
  sanctions: Sanction[];
  instruments: Instrument[];
  violations: Violation[];
  sources: Source[];
  keyPoints: KeyPoint[];
}

/** What the reference check needs to know about one guide in one locale. */
export interface GuideFacts {
  slug: string;
  locale: string;
  /** The file, for messages (e.g. `content/guides/sanksi/en.mdx`). */
  file: string;
  /** Source and instrument ids of its frontmatter. */
  sources: string[];
  /** Heading anchor ids. */
  anchors: string[];
  /** Ids cited in the body with `<Cite ids="…" />`. */
  cited: string[];
  /** Sections that show the source articles' claims with `<ArticleClaims guide="…" at="…" />`. */
  claimBlocks: { guide: string; anchor: string }[];
}

/** File names of the structured content, relative to the project root, for messages. */
export const contentFiles = {
  sanctions: 'content/sanctions.json',
  instruments: 'content/instruments.json',
  violations: 'content/violations.json',
  sources: 'content/sources.json',
  keyPoints: 'content/key-points.json',
} as const;

/** Ids that must exist, per the shared contract with the checker and the quiz. */
export const requiredInstrumentIds = [
  'uu-5-2014', 'uu-20-2023', 'pp-94-2021', 'pp-42-2004', 'pp-11-2017', 'pp-49-2018', 'pp-53-2010', 'skb-2020',
  'skb-2022', 'uu-7-2017', 'uu-10-2016', 'menpanrb-b36-2018', 'se-menpanrb-4-2024', 'perpres-91-2024',
  'perpres-92-2024', 'mk-121-puu-xxii-2024', 'mk-136-puu-xxii-2024',
  // Added with the update of 1 December 2026 (content/changes.json); other branches cite them.
  'uu-1-2023', 'uu-1-2026', 'pkpu-10-2023', 'se-menpanrb-b94-2019', 'peraturan-bkn-7-2021', 'peraturan-bkn-7-2022',
  'se-menpanrb-1-2023', 'kepmenpanrb-16-2025', 'uu-2-2002', 'uu-34-2004', 'mk-65-puu-xxi-2023', 'se-menpanrb-18-2023',
  'pkpu-8-2022', 'se-kemendagri-900-1-9-9095', 'permendagri-112-2014', 'uu-6-2014', 'perbawaslu-7-2022', 'permendag-39-2025',
];
export const requiredSeedIds = [
  'seed-jateng-2023', 'seed-kobar-2022', 'seed-pekalongan-2023', 'seed-skb-16-2024', 'seed-kasn-jogja-2023',
];
const pad = (n: number) => String(n).padStart(2, '0');
export const requiredViolationIds = [
  ...Array.from({ length: 16 }, (_, i) => `skb2020-${pad(i + 1)}`),
  ...Array.from({ length: 7 }, (_, i) => `skb2022-ke-${i + 1}`),
  ...Array.from({ length: 13 }, (_, i) => `skb2022-d-${i + 1}`),
];

function duplicates(ids: string[]): string[] {
  return ids.filter((id, index) => ids.indexOf(id) !== index);
}

/**
 * Checks that every id the content refers to resolves: source and instrument ids, sanction codes, guide
 * slugs and guide anchors (in every locale), and that the ids of the shared contract all exist.
 * Returns one `file: field: problem` line per problem; an empty list means the content holds together.
 */
export function checkReferences(catalog: Catalog, guides: GuideFacts[]): string[] {
  const problems: string[] = [];
  const sourceIds = new Set(catalog.sources.map((source) => source.id));
  const instrumentIds = new Set(catalog.instruments.map((instrument) => instrument.id));
  const citable = new Set([...sourceIds, ...instrumentIds]);
  const sanctionSet = new Set<string>(catalog.sanctions.map((sanction) => sanction.code));
  const guideSlugs = new Set(guides.map((guide) => guide.slug));
  const locales = [...new Set(guides.map((guide) => guide.locale))];

  const report = (file: string, field: string, message: string) => problems.push(contentProblem(file, field, message));
  const citableIn = (file: string, field: string, ids: string[]) =>
    ids.forEach((id, i) => {
      if (!citable.has(id)) report(file, `${field}.${i}`, `unknown source or instrument "${id}"`);
    });
  const sourcesIn = (file: string, field: string, ids: string[]) =>
    ids.forEach((id, i) => {
      if (!sourceIds.has(id)) report(file, `${field}.${i}`, `unknown source "${id}" (not in ${contentFiles.sources})`);
    });
  const instrumentIn = (file: string, field: string, id: string) => {
    if (!instrumentIds.has(id)) report(file, field, `unknown instrument "${id}" (not in ${contentFiles.instruments})`);
  };
  const anchorIn = (file: string, field: string, target: GuideAnchor) => {
    if (!guideSlugs.has(target.guide)) {
      report(file, `${field}.guide`, `unknown guide "${target.guide}"`);
      return;
    }
    for (const locale of locales) {
      const guide = guides.find((candidate) => candidate.slug === target.guide && candidate.locale === locale);
      if (!guide?.anchors.includes(target.anchor))
        report(file, `${field}.anchor`, `no heading "#${target.anchor}" in content/guides/${target.guide}/${locale}.mdx`);
    }
  };

  // Duplicate ids and the shared contract.
  for (const [key, ids] of [
    ['sources', catalog.sources.map((s) => s.id)],
    ['instruments', catalog.instruments.map((i) => i.id)],
    ['violations', catalog.violations.map((v) => v.id)],
    ['sanctions', catalog.sanctions.map((s) => s.code)],
    ['keyPoints', catalog.keyPoints.map((k) => k.id)],
  ] as const) {
    for (const id of duplicates([...ids])) report(contentFiles[key], 'id', `duplicate id "${id}"`);
  }
  for (const id of [...sourceIds].filter((id) => instrumentIds.has(id)))
    report(contentFiles.sources, 'id', `"${id}" is also an instrument id; the sources page needs unique anchors`);
  for (const id of requiredInstrumentIds) if (!instrumentIds.has(id)) report(contentFiles.instruments, 'id', `missing required instrument "${id}"`);
  for (const id of requiredSeedIds) if (!sourceIds.has(id)) report(contentFiles.sources, 'id', `missing required seed article "${id}"`);
  const violationIds = new Set(catalog.violations.map((v) => v.id));
  for (const id of requiredViolationIds) if (!violationIds.has(id)) report(contentFiles.violations, 'id', `missing violation type "${id}"`);
  for (const code of sanctionCodes) if (!sanctionSet.has(code)) report(contentFiles.sanctions, 'code', `missing sanction "${code}"`);

  catalog.sanctions.forEach((sanction, i) => {
    const file = contentFiles.sanctions;
    for (const [j, basis] of sanction.basis.entries()) instrumentIn(file, `${i}.basis.${j}.instrument`, basis.instrument);
    sourcesIn(file, `${i}.sources`, sanction.sources);
    anchorIn(file, `${i}.explainedIn`, sanction.explainedIn);
  });
  catalog.instruments.forEach((instrument, i) => {
    const file = contentFiles.instruments;
    if (instrument.replacedBy) instrumentIn(file, `${i}.replacedBy`, instrument.replacedBy);
    for (const [j, id] of (instrument.amendedBy ?? []).entries()) instrumentIn(file, `${i}.amendedBy.${j}`, id);
    if (instrument.inForceFrom && instrument.inForceUntil && instrument.inForceUntil < instrument.inForceFrom)
      report(file, `${i}.inForceUntil`, `ends before it starts (${instrument.inForceFrom})`);
    sourcesIn(file, `${i}.sources`, instrument.sources);
  });
  catalog.violations.forEach((violation, i) => {
    const file = contentFiles.violations;
    for (const [j, basis] of violation.basis.entries()) instrumentIn(file, `${i}.basis.${j}.instrument`, basis.instrument);
    violation.sanctions.forEach((code, j) => {
      if (!sanctionSet.has(code)) report(file, `${i}.sanctions.${j}`, `unknown sanction "${code}"`);
    });
    const expectedList = violation.id.startsWith('skb2020') ? 'skb2020' : violation.id.includes('-ke-') ? 'skb2022-kode-etik' : 'skb2022-disiplin';
    if (violation.list !== expectedList) report(file, `${i}.list`, `"${violation.id}" belongs to list "${expectedList}"`);
    if (Number(violation.id.split('-').pop()) !== violation.number) report(file, `${i}.number`, `does not match the id "${violation.id}"`);
    sourcesIn(file, `${i}.sources`, violation.sources);
    anchorIn(file, `${i}.explainedIn`, violation.explainedIn);
  });
  catalog.sources.forEach((source, i) => {
    const file = contentFiles.sources;
    const names = new Set(source.people.map((person) => person.name));
    source.claims.forEach((claim, j) => {
      if (claim.speaker && !names.has(claim.speaker)) report(file, `${i}.claims.${j}.speaker`, `"${claim.speaker}" is not among the article's people`);
      anchorIn(file, `${i}.claims.${j}.coveredIn`, claim.coveredIn);
      if (claim.correctionSources) citableIn(file, `${i}.claims.${j}.correctionSources`, claim.correctionSources);
      if (claim.correction && !claim.correctionSources?.length)
        report(file, `${i}.claims.${j}.correctionSources`, 'a correction needs its sources');
    });
  });
  // Every claim is shown, credited, in the section that covers it, in every language; every block has claims.
  const claimed = new Set(catalog.sources.flatMap((source) => source.claims.map((claim) => `${claim.coveredIn.guide}#${claim.coveredIn.anchor}`)));
  for (const guide of guides) {
    const blocks = new Set(guide.claimBlocks.map((block) => `${block.guide}#${block.anchor}`));
    for (const block of guide.claimBlocks) {
      if (block.guide !== guide.slug) report(guide.file, '<ArticleClaims>', `guide="${block.guide}" should be "${guide.slug}"`);
      if (!claimed.has(`${block.guide}#${block.anchor}`)) report(guide.file, '<ArticleClaims>', `no claim is placed at "#${block.anchor}"`);
      if (!guide.anchors.includes(block.anchor)) report(guide.file, '<ArticleClaims>', `at="${block.anchor}" is not a heading of this page`);
    }
    for (const key of claimed) {
      const [slug, anchor] = key.split('#');
      if (slug === guide.slug && !blocks.has(key)) report(guide.file, '<ArticleClaims>', `section "#${anchor}" has claims from the source articles but does not show them`);
    }
  }

  catalog.keyPoints.forEach((point, i) => {
    const file = contentFiles.keyPoints;
    citableIn(file, `${i}.sources`, point.sources);
    if (!guideSlugs.has(point.guide)) report(file, `${i}.guide`, `unknown guide "${point.guide}"`);
  });
  for (const guide of guides) {
    citableIn(guide.file, 'sources', guide.sources);
    guide.cited.forEach((id, i) => {
      if (!citable.has(id)) report(guide.file, `<Cite ids> #${i + 1}`, `unknown source or instrument "${id}"`);
    });
    for (const id of duplicates(guide.anchors)) report(guide.file, 'headings', `duplicate anchor "#${id}"`);
  }
  // The same page in both languages must offer the same anchors, so that shared links work in either.
  for (const slug of guideSlugs) {
    const [first, ...others] = guides.filter((guide) => guide.slug === slug);
    for (const other of others) {
      const missing = first?.anchors.filter((anchor) => !other.anchors.includes(anchor)) ?? [];
      const extra = other.anchors.filter((anchor) => !first?.anchors.includes(anchor));
      if (missing.length || extra.length)
        report(other.file, 'headings', `anchors differ from ${first?.file}: missing [${missing.join(', ')}], extra [${extra.join(', ')}]`);
    }
  }
  return problems;
}

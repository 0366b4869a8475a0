import 'server-only';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pledgeSchema, type Pledge } from '@/lib/apel/pledge';
import { type ApelScript, apelScriptSchema } from '@/lib/apel/script';
import { checkChangeReferences } from '@/lib/changes/references';
import { changesFile, type LawChange, lawChangesSchema } from '@/lib/changes/schema';
import { bankFileSchema } from '@/lib/quiz/bank-schema';
import { type BankFile, bankProblems } from '@/lib/quiz/load-bank';
import { pressureFile, pressureProblems, type PressureContent, pressureSchema } from '@/lib/report/content';
import { evaluateScenario } from '@/lib/rules/evaluate';
import { type CheckerContent, checkCheckerContent, readCheckerContent } from '@/lib/rules/load';
import { checkCheckerReferences } from '@/lib/rules/references';
import { goldenCasesSchema, type GoldenCase } from '@/lib/rules/schema';
import { type SynonymsFile, synonymsFile, synonymsFileSchema } from '@/lib/search/vocabulary';
import { scenarioVocabulary } from '@/lib/rules/vocabulary';
import { selfCheckFile, selfCheckProblems } from '@/lib/selfcheck/load';
import { type SelfCheckFile, selfCheckFileSchema } from '@/lib/selfcheck/schema';
import { parseGuideFrontmatter } from './guide-frontmatter';
import { guideLocales, type GuideSummary, listGuideSlugs, readGuidePages } from './guides';
import { extractCitedIds, extractClaimBlocks, extractHeadingAnchors, headingsWithoutAnchor } from './heading-anchors';
import { instrumentsSchema } from './instrument';
import { keyPointsSchema } from './key-points';
import { type Penalty, penaltiesSchema } from './penalty';
import { checkPenaltyReferences, penaltiesFile } from './penalty-references';
import { type Catalog, checkReferences, contentFiles, type GuideFacts } from './references';
import { sanctionsSchema } from './sanction';
import { sourcesSchema } from './source';
import { assertNoProblems, ContentError, contentProblem, readContentFile } from './validate';
import { violationsSchema } from './violation';

/**
 * Everything under content/, read and validated once. Pages, the build's validation step (scripts/
 * validate-content.ts), the command line and the tests all read content through `loadContent` (or `content()`,
 * its cached copy): one reading path, one error format (`file: field.path: message`).
 */
export interface Content {
  /** Sanctions, instruments, violation types, sources and key points. */
  catalog: Catalog;
  /** The criminal provisions of the election laws (content/penalties.json). */
  penalties: Penalty[];
  /** What the reference checks need of every guide page (anchors, citations, claim blocks), per locale. */
  guides: GuideFacts[];
  /** Every guide's frontmatter per locale, in reading order. */
  guidePages: Record<(typeof guideLocales)[number], GuideSummary[]>;
  /** The checker's rules, questions, notes, report channels and gallery scenarios. */
  checker: CheckerContent;
  goldenCases: GoldenCase[];
  /** Slang and filler words of the free-text box (content/checker/synonyms.json). */
  synonyms: SynonymsFile;
  /** The quiz bank, one file per guide (content/quiz/<guide>.json). */
  quizFiles: BankFile[];
  selfCheck: SelfCheckFile;
  pressure: PressureContent;
  changes: LawChange[];
  apelScript: ApelScript;
  pledge: Pledge;
}

const guidesDir = 'content/guides';
const quizDir = 'content/quiz';

/** The facts the reference checks need from every guide page under `root`. */
function readGuideFacts(root: string): GuideFacts[] {
  return listGuideSlugs(path.join(root, guidesDir)).flatMap((slug) =>
    guideLocales.map((locale) => {
      const file = `${guidesDir}/${slug}/${locale}.mdx`;
      const text = readFileSync(path.join(root, file), 'utf8');
      const unanchored = headingsWithoutAnchor(text);
      if (unanchored.length) throw new ContentError([contentProblem(file, 'headings', `no anchor id on "${unanchored[0]}" (end it with {/* #some-id */})`)]);
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

/** Every `content/quiz/<topic>.json`, schema-checked; a file that is not JSON is named like any other problem. */
function readQuizFiles(root: string): BankFile[] {
  return readdirSync(path.join(root, quizDir))
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const file = `${quizDir}/${name}`;
      return { file, topic: name.replace(/\.json$/, ''), questions: readContentFile(bankFileSchema, file, root) };
    });
}

/**
 * Reads and schema-checks every content file under `root`. A file that fails does not stop the others: all
 * problems of all files come in one ContentError.
 */
export function readContent(root = process.cwd()): Content {
  const problems: string[] = [];
  const read = <T>(load: () => T): T => {
    try {
      return load();
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      problems.push(...error.problems);
      return undefined as T;
    }
  };
  const file = <S extends Parameters<typeof readContentFile>[0]>(schema: S, name: string) => read(() => readContentFile(schema, name, root));
  const catalog: Catalog = {
    sanctions: file(sanctionsSchema, contentFiles.sanctions),
    instruments: file(instrumentsSchema, contentFiles.instruments),
    violations: file(violationsSchema, contentFiles.violations),
    sources: file(sourcesSchema, contentFiles.sources),
    keyPoints: file(keyPointsSchema, contentFiles.keyPoints),
  };
  const dir = path.join(root, guidesDir);
  const content: Content = {
    catalog,
    penalties: file(penaltiesSchema, penaltiesFile),
    guides: read(() => readGuideFacts(root)),
    guidePages: read(() => ({ id: readGuidePages('id', dir), en: readGuidePages('en', dir) })),
    checker: read(() => readCheckerContent(root, catalog.sanctions ?? [])),
    goldenCases: file(goldenCasesSchema, 'content/checker/golden-cases.json'),
    synonyms: file(synonymsFileSchema, synonymsFile),
    quizFiles: read(() => readQuizFiles(root)),
    selfCheck: file(selfCheckFileSchema, selfCheckFile),
    pressure: file(pressureSchema, pressureFile),
    changes: file(lawChangesSchema, changesFile),
    apelScript: file(apelScriptSchema, 'content/apel-script.json'),
    pledge: file(pledgeSchema, 'content/pledge.json'),
  };
  assertNoProblems(problems);
  return content;
}

/** The ids that exist, for the reference checks. */
function knownIds(content: Content) {
  const instruments = new Set(content.catalog.instruments.map((instrument) => instrument.id));
  const sources = new Set(content.catalog.sources.map((source) => source.id));
  return {
    instruments,
    sources,
    citable: new Set([...instruments, ...sources]),
    violations: new Set(content.catalog.violations.map((violation) => violation.id)),
    sanctions: new Set<string>(content.catalog.sanctions.map((sanction) => sanction.code)),
    penalties: new Set(content.penalties.map((penalty) => penalty.id)),
    guides: new Set(content.guides.map((guide) => guide.slug)),
    rules: new Set(content.checker.ruleSet.rules.map((rule) => rule.id)),
    channels: new Set(content.checker.channels.map((channel) => channel.id)),
  };
}

/**
 * Every cross-reference of the content, as `file: field.path: message` lines (empty when all resolve): rules,
 * notes and scenarios → instruments, sources, violation types, sanctions, penalties, report channels and the
 * checker's facts; the catalogue and penalties → sources, instruments and guide anchors; the quiz → guides,
 * anchors, instruments, sources, penalties and (through the vocabulary) the checker's facts; the self-check →
 * the checker's facts; the report page → channels, sources and instruments; dated changes → instruments,
 * sources, guides and rules; the apel script → sources and instruments, and the key points its slides show.
 */
export function checkContent(content: Content): string[] {
  const known = knownIds(content);
  const hasAnchor = (guide: string, anchor: string) => {
    const pages = content.guides.filter((page) => page.slug === guide);
    return pages.length > 0 && pages.every((page) => page.anchors.includes(anchor));
  };
  const problems = [
    ...checkReferences(content.catalog, content.guides),
    ...checkPenaltyReferences(content.penalties, {
      instrumentIds: known.instruments,
      sourceIds: known.sources,
      hasAnchor: (target) => hasAnchor(target.guide, target.anchor),
    }),
    ...checkCheckerContent(content.checker),
    ...checkCheckerReferences(content.checker, known),
    ...vocabularyProblems(content.checker),
    ...bankProblems(content.quizFiles, {
      topics: content.guidePages.id.map((guide) => guide.slug),
      hasAnchor,
      knownSourceIds: known.citable,
      knownInstrumentIds: known.instruments,
      knownPenaltyIds: known.penalties,
    }),
    ...quizVerdictProblems(content),
    ...selfCheckProblems(content.selfCheck, content.checker),
    ...pressureProblems(content.pressure, content.checker.channels, known),
    ...checkChangeReferences(content.changes, known),
  ];
  const script = 'content/apel-script.json';
  for (const [p, point] of content.apelScript.neutrality.points.entries())
    for (const [s, id] of point.sources.entries())
      if (!known.citable.has(id)) problems.push(contentProblem(script, `neutrality.points.${p}.sources.${s}`, `unknown source or instrument "${id}"`));
  // The slides show the do's and the don'ts of the key points: both must exist.
  for (const kind of ['do', 'dont'] as const)
    if (!content.catalog.keyPoints.some((point) => point.kind === kind))
      problems.push(contentProblem(contentFiles.keyPoints, '(root)', `no "${kind}" point for the assembly slides (${script}: slides.${kind})`));
  return problems;
}

/**
 * The published scenario vocabulary (lib/rules/vocabulary.ts: what the URL, the command line and the quiz accept)
 * and the checker's questions must agree, fact by fact and value by value.
 */
function vocabularyProblems(checker: CheckerContent): string[] {
  const file = 'content/checker/questions.json';
  const problems: string[] = [];
  const questions = checker.ruleSet.questions;
  for (const [key, values] of Object.entries(scenarioVocabulary)) {
    const index = questions.findIndex((question) => question.key === key);
    const question = questions[index];
    if (!question) {
      problems.push(contentProblem(file, 'questions', `no question asks for "${key}" (lib/rules/vocabulary.ts)`));
      continue;
    }
    const offered = question.options.map((option) => option.value);
    for (const value of values) if (!offered.includes(value)) problems.push(contentProblem(file, `questions.${index}.options`, `no option "${value}" for "${key}" (lib/rules/vocabulary.ts)`));
    for (const [o, value] of offered.entries())
      if (!(values as readonly string[]).includes(value)) problems.push(contentProblem(file, `questions.${index}.options.${o}.value`, `"${value}" is not in the scenario vocabulary of "${key}" (lib/rules/vocabulary.ts)`));
  }
  for (const [index, question] of questions.entries())
    if (!(question.key in scenarioVocabulary)) problems.push(contentProblem(file, `questions.${index}.key`, `"${question.key}" is not in the scenario vocabulary (lib/rules/vocabulary.ts)`));
  return problems;
}

/**
 * An "allowed or not?" quiz question states its case in the checker's facts: the checker must reach the
 * question's answer, so that the quiz and the checker never teach different things.
 */
function quizVerdictProblems(content: Content): string[] {
  return content.quizFiles.flatMap(({ file, questions }) =>
    questions.flatMap((question, index) => {
      if (question.kind !== 'scenario') return [];
      const result = evaluateScenario(content.checker.ruleSet, question.facts);
      if (result.verdict === question.answer) return [];
      const rules = result.rules.map((hit) => hit.rule.id).join(', ') || 'none';
      return [contentProblem(file, `${index}.answer`, `"${question.answer}", but the checker answers "${result.verdict}" for these facts (rules: ${rules})`)];
    }),
  );
}

/** Reads, validates and cross-checks everything under content/ in `root`; throws one ContentError listing every problem. */
export function loadContent(root = process.cwd()): Content {
  const loaded = readContent(root);
  assertNoProblems(checkContent(loaded), 'Broken references in content');
  return loaded;
}

let cached: Content | undefined;
/** The project's content, loaded and validated once per process. */
export function content(): Content {
  cached ??= loadContent();
  return cached;
}

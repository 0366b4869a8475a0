import 'server-only';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadCatalog, loadPenalties } from '@/lib/content/catalog';
import { extractHeadingAnchors } from '@/lib/content/heading-anchors';
import { ContentError, parseContent } from '@/lib/content/validate';
import { type BankQuestion, bankFileSchema } from './bank-schema';
import { isQuizTopic, quizTopics } from './topics';

const root = process.cwd();
const bankDir = path.join(root, 'content', 'quiz');
const guidesDir = path.join(root, 'content', 'guides');

/** The bank's size limits: a round of 25 must be drawable with every topic represented. */
export const minQuestionsPerTopic = 4;
export const minBankSize = 60;

export interface BankFile {
  /** Path of the file, relative to the project, for error messages. */
  file: string;
  /** The file's topic, from its name. */
  topic: string;
  questions: BankQuestion[];
}

interface CheckOptions {
  /** Where the guides live; an anchor must exist in both locales of its guide. */
  guidesDir: string;
  /** Every source and instrument id of the catalogue (content/sources.json, content/instruments.json). */
  knownSourceIds: ReadonlySet<string>;
  /** Every instrument id of content/instruments.json. */
  knownInstrumentIds: ReadonlySet<string>;
  /** Every criminal-provision id of content/penalties.json (left out: penalties are not checked). */
  knownPenaltyIds?: ReadonlySet<string>;
}

/** Reads and schema-checks every `content/quiz/<topic>.json`, naming the file and field of each problem. */
export function readBankFiles(dir = bankDir): BankFile[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const file = path.relative(root, path.join(dir, name));
      const data: unknown = JSON.parse(readFileSync(path.join(dir, name), 'utf8'));
      return { file, topic: name.replace(/\.json$/, ''), questions: parseContent(bankFileSchema, data, file) };
    });
}

/** The rules that span questions and files: topics, unique ids, bank size, guide anchors and source ids. */
export function bankProblems(files: BankFile[], options: CheckOptions): string[] {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  for (const { file, topic, questions } of files) {
    if (!isQuizTopic(topic)) problems.push(`${file}: (file name): "${topic}" is not a guide topic (${quizTopics.join(', ')})`);
    if (questions.length < minQuestionsPerTopic) {
      problems.push(`${file}: (root): ${questions.length} questions, at least ${minQuestionsPerTopic} needed`);
    }
    questions.forEach((question, index) => {
      const at = `${file}: ${index}`;
      if (question.topic !== topic) problems.push(`${at}.topic: "${question.topic}" does not match the file's topic "${topic}"`);
      const earlier = seen.get(question.id);
      if (earlier) problems.push(`${at}.id: "${question.id}" is already used in ${earlier}`);
      seen.set(question.id, file);
      const { slug, anchor } = question.guide;
      if (anchor && !guideHasAnchor(options.guidesDir, slug, anchor)) {
        problems.push(`${at}.guide.anchor: "#${anchor}" is not a heading id in both locales of guide "${slug}"`);
      }
      question.legalBasis.forEach(({ instrument }, basisIndex) => {
        if (!options.knownInstrumentIds.has(instrument)) {
          problems.push(`${at}.legalBasis.${basisIndex}.instrument: unknown instrument id "${instrument}"`);
        }
      });
      question.penalties?.forEach((penalty, penaltyIndex) => {
        if (options.knownPenaltyIds && !options.knownPenaltyIds.has(penalty)) {
          problems.push(`${at}.penalties.${penaltyIndex}: unknown penalty id "${penalty}"`);
        }
      });
      question.sources.forEach((source, sourceIndex) => {
        if (!options.knownSourceIds.has(source)) {
          problems.push(`${at}.sources.${sourceIndex}: unknown source id "${source}"`);
        }
      });
    });
  }
  for (const topic of quizTopics) {
    if (!files.some((entry) => entry.topic === topic)) problems.push(`content/quiz/${topic}.json: (file): missing`);
  }
  if (seen.size < minBankSize) problems.push(`content/quiz: (bank): ${seen.size} questions, at least ${minBankSize} needed`);
  return problems;
}

/** Whether every locale of the guide has a heading with this anchor id. */
function guideHasAnchor(dir: string, slug: string, anchor: string): boolean {
  return ['id', 'en'].every((locale) => {
    const file = path.join(dir, slug, `${locale}.mdx`);
    return existsSync(file) && extractHeadingAnchors(readFileSync(file, 'utf8')).includes(anchor);
  });
}

let cached: BankQuestion[] | undefined;

/** The validated question bank, in topic order. Throws a ContentError naming every problem. */
export function loadQuizBank(): BankQuestion[] {
  if (cached) return cached;
  const files = readBankFiles();
  const catalog = loadCatalog();
  const knownInstrumentIds = new Set(catalog.instruments.map((instrument) => instrument.id));
  const knownSourceIds = new Set([...knownInstrumentIds, ...catalog.sources.map((source) => source.id)]);
  const knownPenaltyIds = new Set(loadPenalties(root, catalog).map((penalty) => penalty.id));
  const problems = bankProblems(files, { guidesDir, knownSourceIds, knownInstrumentIds, knownPenaltyIds });
  if (problems.length) throw new ContentError(`Invalid quiz bank:\n${problems.map((line) => `  ${line}`).join('\n')}`);
  cached = quizTopics.flatMap((topic) => files.find((entry) => entry.topic === topic)?.questions ?? []);
  return cached;
}

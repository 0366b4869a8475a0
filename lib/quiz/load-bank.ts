import 'server-only';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
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
  /** Every known source and instrument id, when the catalogue exists; otherwise ids are not cross-checked. */
  knownSourceIds?: ReadonlySet<string>;
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
      question.sources.forEach((source, sourceIndex) => {
        if (options.knownSourceIds && !options.knownSourceIds.has(source)) {
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

/**
 * Whether a guide has a heading with this anchor in every locale. Guides write it at the end of the heading,
 * `## Suka dan komentar {/* #suka-dan-komentar *\/}`. A guide that is not written yet, or has no heading ids
 * yet, cannot be checked and passes; once it has heading ids, every anchor pointing into it must be among them.
 */
function guideHasAnchor(dir: string, slug: string, anchor: string): boolean {
  const anchors = ['id', 'en'].map((locale) => {
    const file = path.join(dir, slug, `${locale}.mdx`);
    return existsSync(file) ? headingAnchors(readFileSync(file, 'utf8')) : [];
  });
  if (anchors.every((list) => list.length === 0)) return true;
  return anchors.every((list) => list.includes(anchor));
}

const headingAnchor = /^#{2,4}\s.*\{\/\*\s*#([a-z0-9-]+)\s*\*\/\}\s*$/;

function headingAnchors(mdx: string): string[] {
  return mdx.split(/\r?\n/).flatMap((line) => headingAnchor.exec(line)?.[1] ?? []);
}

/** Ids from content/sources.json and content/instruments.json, when both exist. */
function catalogueIds(): Set<string> | undefined {
  const files = ['sources.json', 'instruments.json'].map((name) => path.join(root, 'content', name));
  if (!files.every((file) => existsSync(file))) return undefined;
  const ids = new Set<string>();
  for (const file of files) {
    const data: unknown = JSON.parse(readFileSync(file, 'utf8'));
    const entries = Array.isArray(data) ? data : Object.values(data as object);
    for (const entry of entries) {
      if (entry && typeof entry === 'object' && 'id' in entry && typeof entry.id === 'string') ids.add(entry.id);
    }
  }
  return ids;
}

let cached: BankQuestion[] | undefined;

/** The validated question bank, in topic order. Throws a ContentError naming every problem. */
export function loadQuizBank(): BankQuestion[] {
  if (cached) return cached;
  const files = readBankFiles();
  const problems = bankProblems(files, { guidesDir, knownSourceIds: catalogueIds() });
  if (problems.length) throw new ContentError(`Invalid quiz bank:\n${problems.map((line) => `  ${line}`).join('\n')}`);
  cached = quizTopics.flatMap((topic) => files.find((entry) => entry.topic === topic)?.questions ?? []);
  return cached;
}

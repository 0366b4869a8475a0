import 'server-only';
import { content } from '@/lib/content/load';
import { contentProblem } from '@/lib/content/validate';
import type { BankQuestion } from './bank-schema';

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
  /** The quiz topics: the guides' slugs, in reading order (each guide is one topic). */
  topics: readonly string[];
  /** Whether the guide has a heading with this anchor id in every locale. */
  hasAnchor: (guide: string, anchor: string) => boolean;
  /** Every source and instrument id of the catalogue (content/sources.json, content/instruments.json). */
  knownSourceIds: ReadonlySet<string>;
  /** Every instrument id of content/instruments.json. */
  knownInstrumentIds: ReadonlySet<string>;
  /** Every criminal-provision id of content/penalties.json (left out: penalties are not checked). */
  knownPenaltyIds?: ReadonlySet<string>;
}

/** The rules that span questions and files: topics, unique ids, bank size, guide anchors and source ids. */
export function bankProblems(files: BankFile[], options: CheckOptions): string[] {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  for (const { file, topic, questions } of files) {
    if (!options.topics.includes(topic)) problems.push(contentProblem(file, '(file name)', `"${topic}" is not a guide topic (${options.topics.join(', ')})`));
    if (questions.length < minQuestionsPerTopic) problems.push(contentProblem(file, '(root)', `${questions.length} questions, at least ${minQuestionsPerTopic} needed`));
    questions.forEach((question, index) => {
      const at = (field: string, message: string) => problems.push(contentProblem(file, `${index}.${field}`, message));
      if (question.topic !== topic) at('topic', `"${question.topic}" does not match the file's topic "${topic}"`);
      if (!options.topics.includes(question.guide.slug)) at('guide.slug', `"${question.guide.slug}" is not a guide`);
      const earlier = seen.get(question.id);
      if (earlier) at('id', `"${question.id}" is already used in ${earlier}`);
      seen.set(question.id, file);
      const { slug, anchor } = question.guide;
      if (anchor && !options.hasAnchor(slug, anchor)) at('guide.anchor', `"#${anchor}" is not a heading id in both locales of guide "${slug}"`);
      question.legalBasis.forEach(({ instrument }, basisIndex) => {
        if (!options.knownInstrumentIds.has(instrument)) at(`legalBasis.${basisIndex}.instrument`, `unknown instrument "${instrument}"`);
      });
      question.penalties?.forEach((penalty, penaltyIndex) => {
        if (options.knownPenaltyIds && !options.knownPenaltyIds.has(penalty)) at(`penalties.${penaltyIndex}`, `unknown penalty "${penalty}"`);
      });
      question.sources.forEach((source, sourceIndex) => {
        if (!options.knownSourceIds.has(source)) at(`sources.${sourceIndex}`, `unknown source "${source}"`);
      });
    });
  }
  for (const topic of options.topics)
    if (!files.some((entry) => entry.topic === topic)) problems.push(contentProblem(`content/quiz/${topic}.json`, '(file)', 'missing: every guide is a quiz topic'));
  if (seen.size < minBankSize) problems.push(contentProblem('content/quiz', '(bank)', `${seen.size} questions, at least ${minBankSize} needed`));
  return problems;
}

/** The quiz topics: the guides' slugs, in reading order. */
export function quizTopics(): string[] {
  return content().guidePages.id.map((guide) => guide.slug);
}

/** Each topic's short name in `locale` (the guides' `topic` frontmatter), in reading order. */
export function quizTopicNames(locale: 'id' | 'en'): Record<string, string> {
  return Object.fromEntries(content().guidePages[locale].map((guide) => [guide.slug, guide.topic]));
}

/** The validated question bank, in topic order. */
export function loadQuizBank(): BankQuestion[] {
  const { quizFiles } = content();
  return quizTopics().flatMap((topic) => quizFiles.find((entry) => entry.topic === topic)?.questions ?? []);
}

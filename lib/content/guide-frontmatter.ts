import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { contentId, isoDate } from './localized';
import { ContentError, contentProblem, parseContent } from './validate';

/** The frontmatter every guide page (`content/guides/<slug>/<locale>.mdx`) must have. */
export const guideFrontmatterSchema = z.strictObject({
  /** The page heading and browser title. */
  title: z.string().trim().min(3),
  /** The guide's short name as a quiz topic (every guide is one topic of the quiz bank, content/quiz/<slug>.json). */
  topic: z.string().trim().min(3).max(40),
  /** One or two sentences for the guide index, search results and link previews. */
  summary: z.string().trim().min(20).max(300),
  /** Position in the guide index (1 comes first). */
  order: z.number().int().positive(),
  /** Ids of the sources (articles, legal instruments) the page relies on. */
  sources: z.array(contentId).min(1),
  /** When the page was last checked against its sources. */
  lastChecked: isoDate,
});
export type GuideFrontmatter = z.infer<typeof guideFrontmatterSchema>;

const frontmatterBlock = /^---\r?\n([\s\S]*?)\r?\n---/;

/** Reads and validates the YAML frontmatter at the top of an MDX file's text. */
export function parseGuideFrontmatter(text: string, file: string): GuideFrontmatter {
  const block = frontmatterBlock.exec(text);
  if (!block?.[1]) throw new ContentError([contentProblem(file, '(frontmatter)', 'missing --- block')]);
  // YAML 1.2 core schema: dates stay strings, so `lastChecked` is checked as text.
  return parseContent(guideFrontmatterSchema, parseYaml(block[1]), file);
}

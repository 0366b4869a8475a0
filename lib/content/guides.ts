import 'server-only';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseGuideFrontmatter, type GuideFrontmatter } from './guide-frontmatter';
import { extractHeadings } from './heading-anchors';
import { content } from './load';
import { ContentError, contentProblem } from './validate';

const guidesDir = path.join(process.cwd(), 'content', 'guides');
export const guideLocales = ['id', 'en'] as const;

export interface GuideSummary extends GuideFrontmatter {
  slug: string;
}

/** Every guide folder, after checking that each has a page in every locale. */
export function listGuideSlugs(dir = guidesDir): string[] {
  const slugs = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
  for (const slug of slugs) {
    for (const locale of guideLocales) {
      const file = path.join(dir, slug, `${locale}.mdx`);
      if (!existsSync(file)) throw new ContentError([contentProblem(path.relative(process.cwd(), file), '(file)', 'missing translation: the file does not exist')]);
    }
  }
  return slugs.sort();
}

/** Reads and validates the frontmatter of every guide in one locale under `dir`, in reading order (for loadContent). */
export function readGuidePages(locale: string, dir = guidesDir): GuideSummary[] {
  return listGuideSlugs(dir)
    .map((slug) => {
      const file = path.join(dir, slug, `${locale}.mdx`);
      const relative = path.relative(process.cwd(), file);
      return { slug, ...parseGuideFrontmatter(readFileSync(file, 'utf8'), relative) };
    })
    .sort((a, b) => a.order - b.order);
}

/** The frontmatter of every guide in one locale, in reading order (validated by loadContent). */
export function listGuides(locale: string): GuideSummary[] {
  return content().guidePages[locale === 'en' ? 'en' : 'id'];
}

export function getGuide(locale: string, slug: string): GuideSummary {
  const guide = listGuides(locale).find((candidate) => candidate.slug === slug);
  if (!guide) throw new Error(`No guide "${slug}" in content/guides/`);
  return guide;
}

/** The anchored headings of one guide page, for tables of contents and links to sections. */
export function getGuideHeadings(locale: string, slug: string, dir = guidesDir) {
  return extractHeadings(readFileSync(path.join(dir, slug, `${locale}.mdx`), 'utf8'));
}

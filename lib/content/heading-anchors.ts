/**
 * Guide headings carry explicit, locale-independent ids written as an MDX comment at the end of the
 * heading: `## Suka dan komentar {/* #suka-dan-komentar *\/}`. (The common `{#id}` syntax is not possible
 * in MDX, where braces hold JavaScript.) The remark plugin `remark-heading-anchors.mjs` turns the comment
 * into the heading's `id`; this module reads the same ids from the raw text for the content checks.
 */
export const headingAnchorPattern = /^#{2,4}\s.*?\{\/\*\s*#?([a-z0-9]+(?:-[a-z0-9]+)*)\s*\*\/\}\s*$/;

/** The anchor ids of all headings of an MDX text, in order. */
export function extractHeadingAnchors(mdx: string): string[] {
  const anchors: string[] = [];
  for (const line of mdx.split(/\r?\n/)) {
    const match = headingAnchorPattern.exec(line);
    if (match?.[1]) anchors.push(match[1]);
  }
  return anchors;
}

/** `##`–`####` headings written without an anchor id (each guide heading needs one). */
export function headingsWithoutAnchor(mdx: string): string[] {
  return mdx
    .split(/\r?\n/)
    .filter((line) => /^#{2,4}\s/.test(line) && !headingAnchorPattern.test(line))
    .map((line) => line.trim());
}

/** Ids cited in the guide through `<Cite ids="a b" />`, in order of appearance. */
export function extractCitedIds(mdx: string): string[] {
  const ids: string[] = [];
  for (const match of mdx.matchAll(/<Cite\s[^>]*?ids="([^"]*)"/g)) ids.push(...(match[1] ?? '').split(/\s+/).filter(Boolean));
  return ids;
}

/** Sections that show the source articles' claims through `<ArticleClaims guide="…" at="…" />`. */
export function extractClaimBlocks(mdx: string): { guide: string; anchor: string }[] {
  return [...mdx.matchAll(/<ArticleClaims\s+guide="([^"]*)"\s+at="([^"]*)"/g)].map((match) => ({ guide: match[1] ?? '', anchor: match[2] ?? '' }));
}

/** The headings of an MDX text with their anchor ids and plain text (Markdown emphasis removed), in order. */
export function extractHeadings(mdx: string): { id: string; text: string; depth: number }[] {
  return mdx.split(/\r?\n/).flatMap((line) => {
    const match = headingAnchorPattern.exec(line);
    if (!match?.[1]) return [];
    const depth = line.indexOf(' ');
    const text = line
      .slice(depth + 1)
      .replace(/\{\/\*.*?\*\/\}\s*$/, '')
      .replace(/[*_`]/g, '')
      .trim();
    return [{ id: match[1], text, depth }];
  });
}

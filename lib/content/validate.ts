import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';

/**
 * A field path in the one form every content message uses: `rules[3].legalBasis[0].instrument`. Accepts zod's
 * path segments or a dotted path (`rules.3.legalBasis.0.instrument`); a bare index reads `[3]`.
 */
export function fieldPath(path: readonly PropertyKey[] | string): string {
  const segments = typeof path === 'string' ? path.split('.') : path.map(String);
  return segments.reduce((out, segment) => (/^\d+$/.test(segment) ? `${out}[${segment}]` : out ? `${out}.${segment}` : segment), '') || '(root)';
}

/** One problem line: `file: field.path: message`. */
export function contentProblem(file: string, path: readonly PropertyKey[] | string, message: string): string {
  return `${file}: ${fieldPath(path)}: ${message}`;
}

/**
 * Bad content: a file that does not parse or match its schema, or a reference that does not resolve. Every
 * problem is one `file: field.path: message` line (see contentProblem), so that the build points at the field.
 */
export class ContentError extends Error {
  readonly problems: string[];
  constructor(problems: string[] | string, heading = 'Invalid content') {
    // The same problem found by two readers (a guide's frontmatter, say) is listed once.
    const lines = typeof problems === 'string' ? [problems] : [...new Set(problems)];
    super(`${heading} (${lines.length} ${lines.length === 1 ? 'problem' : 'problems'}):\n${lines.map((line) => `  ${line}`).join('\n')}`);
    this.name = 'ContentError';
    this.problems = lines;
  }
}

/** Throws a ContentError if there are problems. */
export function assertNoProblems(problems: string[], heading?: string): void {
  if (problems.length) throw new ContentError(problems, heading);
}

/**
 * Parses `data` with `schema`, or throws a ContentError listing every problem as
 * `file: field.path: message`, so that a bad content file stops the build with a clear pointer.
 */
export function parseContent<T extends z.ZodType>(schema: T, data: unknown, file: string): z.infer<T> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  throw new ContentError(result.error.issues.map((issue) => contentProblem(file, issue.path, issue.message)));
}

/** Reads a JSON content file and validates it; a syntax or schema error names the file (and the field). */
export function readContentFile<T extends z.ZodType>(schema: T, file: string, root = process.cwd()): z.infer<T> {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path.join(root, file), 'utf8'));
  } catch (error) {
    throw new ContentError([`${file}: (file): ${error instanceof Error ? error.message : error}`]);
  }
  return parseContent(schema, data, file);
}

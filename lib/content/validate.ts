import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';

/** A content file that does not match its schema. The message names the file and the field. */
export class ContentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ContentError';
  }
}

/**
 * Parses `data` with `schema`, or throws a ContentError listing every problem as
 * `file: field.path: message`, so that a bad content file stops the build with a clear pointer.
 */
export function parseContent<T extends z.ZodType>(schema: T, data: unknown, file: string): z.infer<T> {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const field = issue.path.length ? issue.path.join('.') : '(root)';
    return `  ${file}: ${field}: ${issue.message}`;
  });
  throw new ContentError(`Invalid content in ${file}:\n${problems.join('\n')}`);
}

/** Reads a JSON content file and validates it; a syntax or schema error names the file (and the field). */
export function readContentFile<T extends z.ZodType>(schema: T, file: string, root = process.cwd()): z.infer<T> {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path.join(root, file), 'utf8'));
  } catch (error) {
    throw new ContentError(`Invalid content in ${file}:\n  ${file}: (file): ${error instanceof Error ? error.message : error}`);
  }
  return parseContent(schema, data, file);
}

import { contentProblem } from '@/lib/content/validate';
import { changesFile, type LawChange } from './schema';

/** The ids a change may point at, from the rest of the content. */
export interface KnownIds {
  instruments: Set<string>;
  sources: Set<string>;
  guides: Set<string>;
  rules: Set<string>;
}

/**
 * Checks that every id in content/changes.json resolves and that entry ids are unique. Returns one
 * `file: field.path: problem` line per problem, so that the build names the file and the field.
 */
export function checkChangeReferences(changes: LawChange[], known: KnownIds): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  const lists = [
    ['instruments', known.instruments, 'content/instruments.json'],
    ['sources', known.sources, 'content/sources.json'],
    ['guides', known.guides, 'content/guides/'],
    ['rules', known.rules, 'content/rules/'],
  ] as const;
  for (const [index, change] of changes.entries()) {
    if (seen.has(change.id)) problems.push(contentProblem(changesFile, `${index}.id`, `duplicate id "${change.id}"`));
    seen.add(change.id);
    for (const [field, ids, where] of lists)
      for (const [n, id] of change[field].entries())
        if (!ids.has(id)) problems.push(contentProblem(changesFile, `${index}.${field}.${n}`, `unknown ${field.replace(/s$/, '')} "${id}" (not in ${where})`));
  }
  return problems;
}

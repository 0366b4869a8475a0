import { contentProblem } from '@/lib/content/validate';
import { type CheckerContent, rulePositions } from './load';

/** The ids the checker's content may refer to, from the structured legal content (content/*.json). */
export interface KnownIds {
  instruments: ReadonlySet<string>;
  sources: ReadonlySet<string>;
  violations: ReadonlySet<string>;
  sanctions: ReadonlySet<string>;
  /** Criminal provisions of content/penalties.json. */
  penalties: ReadonlySet<string>;
}

/**
 * Checks that every id the rules, notes and scenarios use resolves: instruments, violation types, sanctions,
 * criminal penalties, sources, and the sources of each dated change (a source or an instrument). Returns one
 * `file: field: problem` line per broken reference; the build stops on any.
 */
export function checkCheckerReferences(content: CheckerContent, known: KnownIds): string[] {
  const problems: string[] = [];
  const expect = (ids: readonly string[], set: ReadonlySet<string>, what: string, file: string, field: string) =>
    ids.forEach((id, index) => {
      if (!set.has(id)) problems.push(contentProblem(file, `${field}.${index}`, `unknown ${what} "${id}"`));
    });
  const citable = new Set([...known.sources, ...known.instruments]);
  const positions = rulePositions(content);
  for (const rule of content.ruleSet.rules) {
    const { file, at: ruleAt } = positions.get(rule.id) ?? { file: 'content/rules', at: 'rules' };
    const parts = [{ at: ruleAt, part: rule }, ...rule.refinements.map((part, r) => ({ at: `${ruleAt}.refinements.${r}`, part }))];
    for (const { at, part } of parts) {
      expect(part.legalBasis.map((basis) => basis.instrument), known.instruments, 'instrument', file, `${at}.legalBasis`);
      expect(part.violations, known.violations, 'violation type', file, `${at}.violations`);
      expect([...part.sanctions, ...(part.possibleSanctions ?? [])], known.sanctions, 'sanction', file, `${at}.sanctions`);
      expect(part.penalties ?? [], known.penalties, 'criminal penalty (content/penalties.json)', file, `${at}.penalties`);
    }
    expect(rule.sources, known.sources, 'source', file, `${ruleAt}.sources`);
    for (const [c, change] of (rule.changes ?? []).entries()) expect(change.sources, citable, 'source or instrument', file, `${ruleAt}.changes.${c}.sources`);
  }
  for (const [index, note] of content.ruleSet.notes.entries())
    expect(note.ifSanctions ?? [], known.sanctions, 'sanction', 'content/checker/notes.json', `${index}.ifSanctions`);
  for (const [index, scenario] of content.scenarios.entries()) expect(scenario.sources, known.sources, 'source', 'content/checker/scenarios.json', `${index}.sources`);
  return problems;
}

import type { GuideAnchor } from './localized';
import { type Penalty, requiredPenaltyIds } from './penalty';
import { contentProblem } from './validate';

export const penaltiesFile = 'content/penalties.json';

/** What the penalty check needs to resolve: the ids that exist elsewhere in the content. */
export interface PenaltyContext {
  instrumentIds: Set<string>;
  sourceIds: Set<string>;
  /** Whether a guide heading exists in every locale. */
  hasAnchor: (target: GuideAnchor) => boolean;
}

/**
 * Checks content/penalties.json against the rest of the content: the shared ids all exist once, instruments,
 * sources and guide sections resolve, and history is history (it ended before the current penalty began).
 * Returns one `file: field: problem` line per problem.
 */
export function checkPenaltyReferences(penalties: Penalty[], context: PenaltyContext): string[] {
  const problems: string[] = [];
  const report = (field: string, message: string) => problems.push(contentProblem(penaltiesFile, field, message));
  const ids = penalties.map((penalty) => penalty.id);
  for (const id of ids.filter((id, index) => ids.indexOf(id) !== index)) report('id', `duplicate id "${id}"`);
  for (const id of requiredPenaltyIds) if (!ids.includes(id)) report('id', `missing penalty "${id}"`);
  penalties.forEach((penalty, i) => {
    if (!penalty.id.startsWith(`${penalty.instrument}-pasal-`)) report(`${i}.id`, `expected "${penalty.instrument}-pasal-<n>"`);
    for (const [field, id] of [
      ['instrument', penalty.instrument],
      ['current.adjustedBy', penalty.current.adjustedBy],
    ] as const) {
      if (!context.instrumentIds.has(id)) report(`${i}.${field}`, `unknown instrument "${id}" (not in content/instruments.json)`);
    }
    const sources = [
      ...penalty.current.sources.map((id, j) => [`current.sources.${j}`, id] as const),
      ...penalty.history.flatMap((past, h) => past.sources.map((id, j) => [`history.${h}.sources.${j}`, id] as const)),
    ];
    for (const [field, id] of sources)
      if (!context.sourceIds.has(id) && !context.instrumentIds.has(id)) report(`${i}.${field}`, `unknown source "${id}" (not in content/sources.json)`);
    penalty.history.forEach((past, h) => {
      if (past.until >= penalty.current.since) report(`${i}.history.${h}.until`, `must end before current.since (${penalty.current.since})`);
    });
    if (!context.hasAnchor(penalty.explainedIn))
      report(`${i}.explainedIn`, `no heading "#${penalty.explainedIn.anchor}" in guide "${penalty.explainedIn.guide}" in every language`);
  });
  return problems;
}

import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Localized } from '@/lib/content/localized';
import { sanctionsSchema } from '@/lib/content/sanction';
import { ContentError, readContentFile } from '@/lib/content/validate';
import {
  goldenCasesSchema,
  notesSchema,
  questionsFileSchema,
  type ReportChannel,
  reportChannelsSchema,
  ruleFileSchema,
  type Scenario,
  scenariosSchema,
} from './schema';
import type { Condition, Note, Question, Rule, RuleSet, SanctionSubstitute } from './types';

export interface CheckerContent {
  ruleSet: RuleSet<Rule<Localized>, Note<Localized>, Question<Localized>>;
  becauseYouChose: Localized;
  channels: ReportChannel[];
  scenarios: Scenario[];
  /** The file each rule came from, for error messages and the docs. */
  ruleFiles: Record<string, string>;
}

const rulesDir = 'content/rules';
const checkerDir = 'content/checker';

/** Every leaf of a condition with its path inside the file, for messages that point at the field. */
function* leaves(condition: Condition, at: string): Generator<{ fact: string; values: string[]; at: string }> {
  if ('all' in condition) for (const [index, part] of condition.all.entries()) yield* leaves(part, `${at}.all.${index}`);
  else if ('any' in condition) for (const [index, part] of condition.any.entries()) yield* leaves(part, `${at}.any.${index}`);
  else if ('not' in condition) yield* leaves(condition.not, `${at}.not`);
  else yield { fact: condition.fact, values: Array.isArray(condition.value) ? condition.value : [condition.value], at };
}

/**
 * Reads and validates all checker content under `root`: each file against its schema, then the links
 * between them (facts and values in conditions, unique ids, report channels, scenario facts). Throws a
 * ContentError naming the file and field of every problem.
 */
export function loadCheckerContent(root = process.cwd()): CheckerContent {
  const questionsFile = readContentFile(questionsFileSchema, `${checkerDir}/questions.json`, root);
  const notes = readContentFile(notesSchema, `${checkerDir}/notes.json`, root);
  const channels = readContentFile(reportChannelsSchema, `${checkerDir}/report-channels.json`, root);
  const scenarios = readContentFile(scenariosSchema, `${checkerDir}/scenarios.json`, root);
  const ruleFiles: Record<string, string> = {};
  const rules = readdirSync(path.join(root, rulesDir))
    .filter((name) => name.endsWith('.json'))
    .sort()
    .flatMap((name) => {
      const file = `${rulesDir}/${name}`;
      const parsed = readContentFile(ruleFileSchema, file, root).rules;
      for (const rule of parsed) ruleFiles[rule.id] = file;
      return parsed;
    });

  // Sanctions that take the place of others for some actors (content/sanctions.json, `replaces`).
  const substitutes: SanctionSubstitute[] = readContentFile(sanctionsSchema, 'content/sanctions.json', root).flatMap((sanction) =>
    sanction.replaces ? [{ code: sanction.code, forActors: sanction.replaces.forActors, replaces: sanction.replaces.codes }] : [],
  );

  const problems: string[] = [];
  const values = new Map(questionsFile.questions.map((question) => [question.key, new Set(question.options.map((o) => o.value))]));
  const checkCondition = (condition: Condition, file: string, at: string) => {
    for (const leaf of leaves(condition, at)) {
      const known = values.get(leaf.fact);
      if (!known) problems.push(`${file}: ${leaf.at}.fact: unknown fact "${leaf.fact}"`);
      else for (const value of leaf.values) if (!known.has(value)) problems.push(`${file}: ${leaf.at}.value: "${value}" is not a value of "${leaf.fact}"`);
    }
  };

  const keys = new Set<string>();
  for (const [index, question] of questionsFile.questions.entries()) {
    if (keys.has(question.key)) problems.push(`${checkerDir}/questions.json: questions.${index}.key: "${question.key}" appears twice`);
    keys.add(question.key);
  }

  const ids = new Set<string>();
  const channelIds = new Set(channels.map((channel) => channel.id));
  const rulesInFile = new Map<string, number>();
  for (const rule of rules) {
    const file = ruleFiles[rule.id] ?? rulesDir;
    const index = rulesInFile.get(file) ?? 0;
    rulesInFile.set(file, index + 1);
    const at = `rules.${index}`;
    for (const id of [rule.id, ...rule.refinements.map((refinement) => refinement.id)]) {
      if (ids.has(id)) problems.push(`${file}: ${at}: id "${id}" is used twice`);
      ids.add(id);
    }
    checkCondition(rule.when, file, `${at}.when`);
    for (const [r, refinement] of rule.refinements.entries()) checkCondition(refinement.when, file, `${at}.refinements.${r}.when`);
    for (const [r, channel] of rule.report.entries())
      if (!channelIds.has(channel)) problems.push(`${file}: ${at}.report.${r}: unknown report channel "${channel}"`);
    if (rule.validFrom && rule.validTo && rule.validTo < rule.validFrom) problems.push(`${file}: ${at}.validTo: before validFrom`);
  }
  for (const [index, substitute] of substitutes.entries())
    for (const actor of substitute.forActors)
      if (!values.get('actor')?.has(actor)) problems.push(`content/sanctions.json: ${index}.replaces.forActors: "${actor}" is not a value of "actor"`);
  for (const [index, note] of notes.entries()) checkCondition(note.when, `${checkerDir}/notes.json`, `${index}.when`);
  for (const [index, scenario] of scenarios.entries())
    for (const [fact, value] of Object.entries(scenario.facts))
      if (!values.get(fact)?.has(value)) problems.push(`${checkerDir}/scenarios.json: ${index}.facts.${fact}: "${value}" is not a known fact value`);

  if (problems.length) throw new ContentError(`Invalid checker content:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  return {
    ruleSet: { questions: questionsFile.questions, rules, notes, substitutes },
    becauseYouChose: questionsFile.becauseYouChose,
    channels,
    scenarios,
    ruleFiles,
  };
}

/** The golden cases (content/checker/golden-cases.json): facts and the answer the checker must give. */
export function loadGoldenCases(root = process.cwd()) {
  return readContentFile(goldenCasesSchema, `${checkerDir}/golden-cases.json`, root);
}

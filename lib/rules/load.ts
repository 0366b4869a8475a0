import 'server-only';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Localized } from '@/lib/content/localized';
import type { Sanction } from '@/lib/content/sanction';
import { contentProblem, readContentFile } from '@/lib/content/validate';
import {
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
 * Reads and schema-checks the checker's content files under `root`; the sanctions (content/sanctions.json)
 * give the substitutes. The links between them are checked by checkCheckerContent.
 */
export function readCheckerContent(root: string, sanctions: Sanction[]): CheckerContent {
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
  return { ruleSet: { questions: questionsFile.questions, rules, notes, substitutes: sanctionSubstitutes(sanctions) }, becauseYouChose: questionsFile.becauseYouChose, channels, scenarios, ruleFiles };
}

/** Sanctions that take the place of others for some actors (content/sanctions.json, `replaces`). */
function sanctionSubstitutes(sanctions: Sanction[]): SanctionSubstitute[] {
  return sanctions.flatMap((sanction) =>
    sanction.replaces ? [{ code: sanction.code, forActors: sanction.replaces.forActors, replaces: sanction.replaces.codes }] : [],
  );
}

/** Where each rule sits in its file, for messages: `content/rules/vote.json` and `rules[2]`. */
export function rulePositions(content: CheckerContent): Map<string, { file: string; at: string }> {
  const positions = new Map<string, { file: string; at: string }>();
  const counts = new Map<string, number>();
  for (const rule of content.ruleSet.rules) {
    const file = content.ruleFiles[rule.id] ?? rulesDir;
    const index = counts.get(file) ?? 0;
    counts.set(file, index + 1);
    positions.set(rule.id, { file, at: `rules.${index}` });
  }
  return positions;
}

/**
 * The links inside the checker's content: facts and values in conditions, unique ids, report channels, the
 * sanction substitutes' actors and the scenarios' facts. One `file: field: problem` line per problem.
 */
export function checkCheckerContent(content: CheckerContent): string[] {
  const { questions, rules, notes, substitutes = [] } = content.ruleSet;
  const problems: string[] = [];
  const values = new Map(questions.map((question) => [question.key, new Set(question.options.map((o) => o.value))]));
  const checkCondition = (condition: Condition, file: string, at: string) => {
    for (const leaf of leaves(condition, at)) {
      const known = values.get(leaf.fact);
      if (!known) problems.push(contentProblem(file, `${leaf.at}.fact`, `unknown fact "${leaf.fact}"`));
      else for (const value of leaf.values) if (!known.has(value)) problems.push(contentProblem(file, `${leaf.at}.value`, `"${value}" is not a value of "${leaf.fact}"`));
    }
  };

  const keys = new Set<string>();
  for (const [index, question] of questions.entries()) {
    if (keys.has(question.key)) problems.push(contentProblem(`${checkerDir}/questions.json`, `questions.${index}.key`, `"${question.key}" appears twice`));
    keys.add(question.key);
  }

  const ids = new Set<string>();
  const channelIds = new Set(content.channels.map((channel) => channel.id));
  const positions = rulePositions(content);
  for (const rule of rules) {
    const { file, at } = positions.get(rule.id) ?? { file: rulesDir, at: 'rules' };
    for (const id of [rule.id, ...rule.refinements.map((refinement) => refinement.id)]) {
      if (ids.has(id)) problems.push(contentProblem(file, at, `id "${id}" is used twice`));
      ids.add(id);
    }
    checkCondition(rule.when, file, `${at}.when`);
    for (const [r, refinement] of rule.refinements.entries()) checkCondition(refinement.when, file, `${at}.refinements.${r}.when`);
    for (const [r, channel] of rule.report.entries())
      if (!channelIds.has(channel)) problems.push(contentProblem(file, `${at}.report.${r}`, `unknown report channel "${channel}"`));
    if (rule.validFrom && rule.validTo && rule.validTo < rule.validFrom) problems.push(contentProblem(file, `${at}.validTo`, 'before validFrom'));
  }
  for (const [index, substitute] of substitutes.entries())
    for (const actor of substitute.forActors)
      if (!values.get('actor')?.has(actor)) problems.push(contentProblem('content/sanctions.json', `${index}.replaces.forActors`, `"${actor}" is not a value of "actor"`));
  for (const [index, note] of notes.entries()) checkCondition(note.when, `${checkerDir}/notes.json`, `${index}.when`);
  for (const [index, scenario] of content.scenarios.entries())
    for (const [fact, value] of Object.entries(scenario.facts))
      if (!values.get(fact)?.has(value)) problems.push(contentProblem(`${checkerDir}/scenarios.json`, `${index}.facts.${fact}`, `"${value}" is not a known fact value`));
  return problems;
}

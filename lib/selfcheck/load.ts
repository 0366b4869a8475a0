import 'server-only';
import { content } from '@/lib/content/load';
import { contentProblem } from '@/lib/content/validate';
import type { CheckerContent } from '@/lib/rules/load';
import { optionValues } from './flow';
import type { SelfCheckFile } from './schema';

export const selfCheckFile = 'content/selfcheck/questions.json';

/** The self-check's questions (content/selfcheck/questions.json), validated. */
export function loadSelfCheck(): SelfCheckFile {
  return content().selfCheck;
}

/**
 * Checks the self-check's questions against the checker: every fact key and value is in the checker's
 * vocabulary, every status is an `actor`, and each condition points at an earlier question and one of its
 * answers. One `file: field: problem` line per problem.
 */
export function selfCheckProblems(file: SelfCheckFile, checker: CheckerContent): string[] {
  const values = new Map(checker.ruleSet.questions.map((question) => [question.key, new Set(question.options.map((option) => option.value))]));
  const problems: string[] = [];
  const report = (at: string, message: string) => problems.push(contentProblem(selfCheckFile, at, message));
  const checkFacts = (facts: Record<string, string> | undefined, at: string) => {
    for (const [key, value] of Object.entries(facts ?? {})) {
      const known = values.get(key);
      if (!known) report(`${at}.${key}`, `unknown checker fact "${key}"`);
      else if (!known.has(value)) report(`${at}.${key}`, `"${value}" is not a value of "${key}"`);
    }
  };
  const seen = new Map<string, (typeof file.questions)[number]>();
  for (const [index, question] of file.questions.entries()) {
    const at = `questions.${index}`;
    if (seen.has(question.id)) report(`${at}.id`, `"${question.id}" appears twice`);
    for (const [id, allowed] of Object.entries(question.askIf ?? {})) {
      const earlier = seen.get(id);
      if (!earlier) report(`${at}.askIf.${id}`, 'not an earlier question');
      else for (const value of allowed) if (!optionValues(earlier).includes(value)) report(`${at}.askIf.${id}`, `"${value}" is not an answer of "${id}"`);
    }
    if (question.kind === 'status') for (const [o, option] of question.options.entries()) checkFacts({ actor: option.value }, `${at}.options.${o}`);
    if (question.kind === 'area') checkFacts(question.facts, `${at}.facts`);
    if (question.kind === 'detail') {
      if (seen.get(question.of)?.kind !== 'area') report(`${at}.of`, `"${question.of}" is not an earlier area question`);
      for (const [answer, facts] of Object.entries(question.answers ?? {})) checkFacts(facts, `${at}.answers.${answer}`);
      for (const [o, option] of (question.options ?? []).entries()) checkFacts(option.facts, `${at}.options.${o}.facts`);
      checkFacts(question.otherwise, `${at}.otherwise`);
    }
    seen.set(question.id, question);
  }
  if (file.questions.filter((question) => question.kind === 'status').length !== 1) report('questions', 'exactly one status question is needed');
  for (const [index, entry] of file.alwaysFine.entries()) checkFacts(entry.facts, `alwaysFine.${index}.facts`);
  return problems;
}

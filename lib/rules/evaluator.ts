import { type EvaluateOptions, type Evaluation, evaluateScenario } from './evaluate';
import { parseQuery, serializeFragment } from './query';
import type { NoteLogic, QuestionLogic, RuleLogic, RuleSet } from './types';

/** How many scenarios an evaluator remembers: a person's answers and their way back, far more than one page needs. */
const remembered = 32;

/**
 * Evaluates scenario texts (`#actor=pns&…`) and remembers the results, so that the checker evaluates an answer
 * once: when it writes the answer's address, and not again when it reads that address back. A result is also
 * kept under its clean address (the facts in asking order), unless facts were dropped on the way, since the
 * clean address would then give a result without the notice about them.
 */
export function scenarioEvaluator<R extends RuleLogic, N extends NoteLogic>(set: RuleSet<R, N, QuestionLogic>, options: EvaluateOptions = {}) {
  const results = new Map<string, Evaluation<R, N>>();
  return (text: string): Evaluation<R, N> => {
    const known = results.get(text);
    if (known) return known;
    const result = evaluateScenario(set, parseQuery(text), options);
    if (results.size >= remembered) results.clear();
    results.set(text, result);
    if (result.ignored.length === 0 && result.unknown.length === 0) results.set(serializeFragment(result.facts), result);
    return result;
  };
}

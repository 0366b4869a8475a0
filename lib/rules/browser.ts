/**
 * The rule engine's entry for browser code (island components): the engine, the address format, the result
 * presenter, and the shapes of the data a page hands its island. Every module behind it is free of zod and
 * Node, so an island may import all of it. The build, the command line and the tests use ./index (server-only),
 * which reads the rules from content/.
 */
export { answerLine, isStatusNote, shortLabel, splitNotes, statusLabel } from './answer-line';
export type { EvaluateOptions, Evaluation, FactInput, RuleHit } from './evaluate';
export { evaluateScenario, prepareRules, severity } from './evaluate';
export { scenarioEvaluator } from './evaluator';
export { casesWrittenFor, parseQuery, scenarioFromLocation, serializeFragment, serializeQuery, withActor } from './query';
export type { MergedTexts, RuleView } from './result-view';
export { firingFacts, mergeRefinements, ruleViews } from './result-view';
export type * from './types';
export type {
  ChannelView,
  CheckerLabels,
  CheckerTexts,
  CheckerView,
  GalleryCard,
  PenaltyText,
  RuleDateLabels,
  RuleTexts,
  ScenarioView,
} from './view-model';
export { certainties, outcomes, sanctionCodes, verdicts } from './vocabulary';

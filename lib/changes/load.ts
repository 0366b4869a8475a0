import 'server-only';
import { content } from '@/lib/content/load';
import type { LawChange } from './schema';
import { buildTimeline, type RuleWithChanges, type TimelineEntry } from './timeline';

export interface ChangesContent {
  changes: LawChange[];
  /** Rules that carry dated changes. */
  rules: RuleWithChanges[];
  /** The latest day any rule or change was checked against its sources. */
  lastChecked: string;
}

/** content/changes.json and the dated `changes` of the checker's rules (validated and cross-checked by loadContent). */
export function loadChanges(): ChangesContent {
  const { changes, checker } = content();
  const rules = checker.ruleSet.rules.flatMap((rule) => (rule.changes ? [{ id: rule.id, title: rule.title, changes: rule.changes }] : []));
  const lastChecked = [...changes.map((change) => change.lastChecked), ...checker.ruleSet.rules.map((rule) => rule.lastChecked)].sort().at(-1) ?? '';
  return { changes, rules, lastChecked };
}

let cached: ChangesContent | undefined;
const changesContent = () => (cached ??= loadChanges());

/** Every dated change of the law and of the checker's rules, newest first. */
export const getChangeTimeline = (): TimelineEntry[] => buildTimeline(changesContent().changes, changesContent().rules);
/** The latest day the content was checked against its sources (yyyy-mm-dd), from the data. */
export const getContentLastChecked = (): string => changesContent().lastChecked;

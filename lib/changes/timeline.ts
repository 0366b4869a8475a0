import type { Certainty, Localized } from '@/lib/content/localized';
import type { LawChange, RuleChange } from './schema';

/** One dated change as the "What changed" page and the feeds show it. */
export interface TimelineEntry {
  /** Unique across the timeline; the anchor on the page. */
  id: string;
  date: string;
  dateNote?: Localized;
  /** `law`: a legal fact of content/changes.json; `rule`: a dated change of one checker rule. */
  kind: 'law' | 'rule';
  certainty?: Certainty;
  title: Localized;
  summary: Localized;
  before: Localized;
  after?: Localized;
  instruments: string[];
  sources: string[];
  guides: string[];
  rules: string[];
}

/** A checker rule with the dated changes it carries. */
export interface RuleWithChanges {
  id: string;
  title: Localized;
  changes: RuleChange[];
}

/** The anchor of a rule's change on the page: `aturan-<rule id>-<date>`. */
export const ruleChangeId = (ruleId: string, date: string) => `aturan-${ruleId}-${date}`;

/** Every dated change, law and rules together, newest first (ties by id, so the order is stable). */
export function buildTimeline(changes: LawChange[], rules: RuleWithChanges[]): TimelineEntry[] {
  const law: TimelineEntry[] = changes.map((change) => ({ ...change, kind: 'law' }));
  const ruled: TimelineEntry[] = rules.flatMap((rule) =>
    rule.changes.map((change) => ({
      id: ruleChangeId(rule.id, change.date),
      date: change.date,
      kind: 'rule' as const,
      title: rule.title,
      summary: change.summary,
      before: change.before,
      instruments: [],
      sources: change.sources,
      guides: [],
      rules: [rule.id],
    })),
  );
  return [...law, ...ruled].sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
}

/**
 * Whether a "before" text already says until when it held ("Until 30 November 2026 …", "Sampai 1 Januari
 * 2026: …"), as rule changes and penalty histories may; the page and the feed then do not add their own label.
 */
export const statesItsEnd = (text: string) => /^(?:until|sampai)\s+\d/i.test(text.trim());

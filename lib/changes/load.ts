import 'server-only';
import path from 'node:path';
import { z } from 'zod';
import { loadCatalog } from '@/lib/content/catalog';
import { listGuideSlugs } from '@/lib/content/guides';
import { ContentError, readContentFile } from '@/lib/content/validate';
import { loadCheckerContent } from '@/lib/rules/load';
import { checkChangeReferences } from './references';
import { changesFile, type LawChange, lawChangesSchema, ruleChangeSchema } from './schema';
import { buildTimeline, type RuleWithChanges, type TimelineEntry } from './timeline';

export interface ChangesContent {
  changes: LawChange[];
  /** Rules that carry dated changes (none until the rules' schema has the `changes` field). */
  rules: RuleWithChanges[];
  /** The latest day any rule or change was checked against its sources. */
  lastChecked: string;
}

/**
 * Reads content/changes.json and the dated `changes` of the checker's rules under `root`, and checks every
 * id they refer to (instruments, sources, guides, rules). Throws a ContentError naming file and field.
 */
export function loadChanges(root = process.cwd()): ChangesContent {
  const changes = readContentFile(lawChangesSchema, changesFile, root);
  const catalog = loadCatalog(root);
  const checker = loadCheckerContent(root);
  const sources = new Set(catalog.sources.map((source) => source.id));
  const instruments = new Set(catalog.instruments.map((instrument) => instrument.id));
  const problems = checkChangeReferences(changes, {
    instruments,
    sources,
    guides: new Set(listGuideSlugs(path.join(root, 'content', 'guides'))),
    rules: new Set(checker.ruleSet.rules.map((rule) => rule.id)),
  });

  const rules: RuleWithChanges[] = [];
  for (const rule of checker.ruleSet.rules) {
    // Read without relying on the rule type, which gains `changes` with the rules' own schema.
    const raw = (rule as { changes?: unknown }).changes;
    if (raw === undefined) continue;
    const file = checker.ruleFiles[rule.id] ?? 'content/rules/';
    const parsed = z.array(ruleChangeSchema).safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push(`${file}: rule "${rule.id}" changes.${issue.path.join('.')}: ${issue.message}`);
      continue;
    }
    for (const [n, change] of parsed.data.entries())
      for (const [s, id] of change.sources.entries())
        if (!sources.has(id) && !instruments.has(id)) problems.push(`${file}: rule "${rule.id}" changes.${n}.sources.${s}: unknown source or instrument "${id}"`);
    rules.push({ id: rule.id, title: rule.title, changes: parsed.data });
  }
  if (problems.length) throw new ContentError(`Broken references in dated changes:\n${problems.map((p) => `  ${p}`).join('\n')}`);

  const lastChecked = [...changes.map((change) => change.lastChecked), ...checker.ruleSet.rules.map((rule) => rule.lastChecked)].sort().at(-1) ?? '';
  return { changes, rules, lastChecked };
}

let cached: ChangesContent | undefined;
const content = () => (cached ??= loadChanges());

/** Every dated change of the law and of the checker's rules, newest first. */
export const getChangeTimeline = (): TimelineEntry[] => buildTimeline(content().changes, content().rules);
/** The latest day the content was checked against its sources (yyyy-mm-dd), from the data. */
export const getContentLastChecked = (): string => content().lastChecked;

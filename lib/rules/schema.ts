import { z } from 'zod';
import { certainty, contentId, isoDate, localized } from '@/lib/content/localized';
import { sanctionCode } from '@/lib/content/sanction';
import { violationId } from '@/lib/content/violation';
import type { Condition } from './types';
import { outcomes, verdicts } from './vocabulary';

/**
 * The schemas of the checker's content: rules (content/rules/*.json), questions, notes, report channels,
 * scenarios and golden cases (content/checker/). Server and build only: the browser gets the parsed,
 * localized data, never zod.
 */

/** A fact key or value of the scenario vocabulary: lower snake_case (`sm_action`, `non_asn`). */
export const factName = z.string().regex(/^[a-z0-9]+(?:_[a-z0-9]+)*$/, 'expected a lower snake_case fact key or value');
export const verdict = z.enum(verdicts);
export const outcome = z.enum(outcomes);
/** A criminal provision in content/penalties.json (`uu-7-2017-pasal-494`). */
export const penaltyId = z.string().regex(/^uu-(7-2017|10-2016)-pasal-\d+$/, 'expected a penalty id such as uu-7-2017-pasal-494');

/** What changed on a date, and what held before (shown on the result and on the "What changed" page). */
export const ruleChange = z.strictObject({
  date: isoDate,
  summary: localized,
  before: localized,
  /** Ids of the sources or instruments that report the change. */
  sources: z.array(contentId).min(1),
});

const leaf = z.discriminatedUnion('operator', [
  z.strictObject({ fact: factName, operator: z.enum(['equal', 'notEqual']), value: factName }),
  z.strictObject({ fact: factName, operator: z.enum(['in', 'notIn']), value: z.array(factName).min(1) }),
]);

/** `{all: […]}`, `{any: […]}`, `{not: …}` or a leaf `{fact, operator, value}` (json-rules-engine's vocabulary). */
export const condition: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ all: z.array(condition).min(1) }),
    z.strictObject({ any: z.array(condition).min(1) }),
    z.strictObject({ not: condition }),
    leaf,
  ]),
);

export const legalBasis = z.strictObject({
  /** Id of the instrument in content/instruments.json (`pp-94-2021`, `skb-2022`, …). */
  instrument: contentId,
  /** The article or item as cited in each language. */
  article: localized,
  status: certainty,
});

export const refinementSchema = z.strictObject({
  /** Stable id, unique across all rules. */
  id: contentId,
  /** When it holds (on top of its rule), it adds its sanctions, violation types and legal basis. */
  when: condition,
  sanctions: z.array(sanctionCode),
  /** Sanctions that may apply when it holds, because the sources do not settle which (shown as possible, never as certain). */
  possibleSanctions: z.array(sanctionCode).optional(),
  violations: z.array(violationId),
  legalBasis: z.array(legalBasis),
  /** Criminal provisions (content/penalties.json) that apply when it holds. */
  penalties: z.array(penaltyId).optional(),
  /** Shown with the result when the refinement holds. */
  note: localized.optional(),
  /** Shown as an uncertainty warning when the refinement holds. */
  uncertain: localized.optional(),
});

export const ruleSchema = z
  .strictObject({
    /** Stable kebab-case id, unique across all rule files. Never renamed: golden cases and links hold it. */
    id: contentId,
    /** Short name of the situation, e.g. "Liking a candidate's post". */
    title: localized,
    /** When the rule fires. Facts that only sharpen the sanction belong in `refinements`, not here. */
    when: condition,
    verdict,
    /** Sanctions whenever the rule fires; refinements add more. For `caution`: the sanction if judged a violation. */
    sanctions: z.array(sanctionCode),
    /** Sanctions that may apply whenever it fires, because the sources do not settle which (never shown as certain). */
    possibleSanctions: z.array(sanctionCode).optional(),
    /** Criminal provisions (content/penalties.json) behind the rule; their current penalty is rendered from there. */
    penalties: z.array(penaltyId).optional(),
    /** Conditions on further facts that sharpen the sanction or the legal basis, never the verdict. */
    refinements: z.array(refinementSchema),
    /** Violation types of the joint decrees (content/violations.json). */
    violations: z.array(violationId),
    /** Instrument and article, with the certainty of the citation. */
    legalBasis: z.array(legalBasis),
    /** Ids of the news or official sources (content/sources.json) behind the rule. */
    sources: z.array(contentId),
    /** Why: the rule in plain words. */
    explanation: localized,
    /** What to do instead. */
    instead: localized,
    /** "Already did it?": how to undo it or limit the harm (unlike, leave the group, tell your superior). Practical steps, not legal effects. */
    remedy: localized.optional(),
    /** Where to report: ids of content/checker/report-channels.json. */
    report: z.array(contentId).min(1),
    /** Shown as a warning where the sources (content/sources.json) leave the point unconfirmed or conflicting. */
    uncertain: localized.optional(),
    lastChecked: isoDate,
    /** The first day the rule applies (inclusive). */
    validFrom: isoDate.optional(),
    /** The last day the rule applies (inclusive). */
    validTo: isoDate.optional(),
    /** Dated changes of the law behind the rule, oldest first: what changed and what held before. */
    changes: z.array(ruleChange).optional(),
  })
  .refine((rule) => rule.legalBasis.length + rule.sources.length > 0, {
    message: 'a rule needs a legal basis or at least one source',
    path: ['legalBasis'],
  })
  .refine((rule) => rule.verdict === 'allowed' || rule.legalBasis.length > 0, {
    message: 'a violation or caution rule needs a legal basis',
    path: ['legalBasis'],
  });

export const ruleFileSchema = z.strictObject({ rules: z.array(ruleSchema).min(1) });

export const noteSchema = z.strictObject({
  id: contentId,
  when: condition,
  /** Show it only when the result carries one of these sanctions (certain or possible). */
  ifSanctions: z.array(sanctionCode).optional(),
  text: localized,
  status: certainty,
});
export const notesSchema = z.array(noteSchema);

export const questionSchema = z.strictObject({
  /** The fact key (docs/scenario-vocabulary.md); the file order is the order of asking. */
  key: factName,
  /** A short label for the answer list ("Your status"). */
  summary: localized,
  question: localized,
  help: localized,
  options: z
    .array(z.strictObject({ value: factName, label: localized, help: localized.optional() }))
    .min(2),
});
export const questionsFileSchema = z.strictObject({
  /** Leads the trace: "Because you chose: …". */
  becauseYouChose: localized,
  questions: z.array(questionSchema).min(1),
});

// The report channels' schema lives with the reporting flow (lib/report), which owns the file.
export { reportChannelSchema, reportChannelsSchema } from '@/lib/report/channel-schema';

const factsRecord = z.record(factName, factName);

export const scenarioSchema = z.strictObject({
  /** Stable id. */
  id: contentId,
  title: localized,
  summary: localized,
  /** The checker's facts that describe the case; the checker asks for the rest. */
  facts: factsRecord,
  /** Words and phrases that point to this case in the free-text box, in each language. */
  keywords: z.strictObject({ id: z.array(z.string().min(2)).min(1), en: z.array(z.string().min(2)).min(1) }),
  /** Shown as a card in the case gallery (otherwise only suggested from the search box). */
  gallery: z.boolean(),
  /** Ids of the sources the case comes from. */
  sources: z.array(contentId),
});
export const scenariosSchema = z.array(scenarioSchema).min(1);

export const goldenCaseSchema = z.strictObject({
  /** What the case is about, for the test report. */
  name: z.string().min(3),
  facts: z.record(z.string(), z.string()),
  verdict: outcome,
  /** The sanctions that must apply, exactly (certain sanctions only). */
  sanctions: z.array(sanctionCode).optional(),
  /** Sanctions that must be shown as possible (not certain). */
  possibleSanctions: z.array(sanctionCode).optional(),
  /** Rule ids that must not fire. */
  notRules: z.array(contentId).optional(),
  /** Note ids (content/checker/notes.json) that must be shown. */
  notes: z.array(contentId).optional(),
  /** Rule ids that must be among the rules fired. */
  rules: z.array(contentId).optional(),
  /** The first facts the checker must ask next, in order. */
  missing: z.array(factName).optional(),
});
export const goldenCasesSchema = z.array(goldenCaseSchema).min(1);

export type RuleContent = z.infer<typeof ruleSchema>;
export type QuestionContent = z.infer<typeof questionSchema>;
export type NoteContent = z.infer<typeof noteSchema>;
export type { ReportChannel } from '@/lib/report/channel-schema';
export type Scenario = z.infer<typeof scenarioSchema>;
export type GoldenCase = z.infer<typeof goldenCaseSchema>;

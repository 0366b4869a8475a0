import { z } from 'zod';
import { contentId, localized } from '@/lib/content/localized';
import { factProblems, verdicts } from '@/lib/rules/vocabulary';

/** One legal provision an answer rests on. */
export const legalBasisSchema = z.strictObject({
  /** Id of the legal instrument in content/instruments.json (also its anchor on the sources page). */
  instrument: contentId,
  /**
   * The article as cited in each language, e.g. `Pasal 5 huruf n angka 1` / `Article 5(n) point 1`, or
   * `Lampiran II, disiplin angka 6` / `Annex II, discipline item 6`. Leave it out for a whole instrument (a court
   * ruling). Never give an article number the sources mark unconfirmed.
   */
  article: localized.optional(),
});

/** The guide section that explains the answer: `/<locale>/panduan/<slug>/#<anchor>`. */
export const guideLinkSchema = z.strictObject({
  /** The guide's slug (a folder under content/guides/). */
  slug: contentId,
  /** The heading's anchor id inside that guide (`## Heading {#anchor}`); leave it out to link the whole page. */
  anchor: contentId.optional(),
});

/** The fields every kind of question has. */
const questionBase = {
  /** Stable kebab-case id, unique in the whole bank. Saved progress holds it: never rename a published id. */
  id: contentId,
  /** The guide topic the question belongs to; it must equal the file name (`content/quiz/<topic>.json`). */
  topic: contentId,
  /** The question or statement, in both languages. */
  prompt: localized,
  /** Why the correct answer is correct, in your own words, in both languages. Shown after every answer. */
  explanation: localized,
  /** The provisions the answer rests on (at least one). */
  legalBasis: z.array(legalBasisSchema).min(1),
  /** Where the guides explain it. */
  guide: guideLinkSchema,
  /** Ids of the sources and legal instruments behind the answer (content/sources.json, content/instruments.json). */
  sources: z.array(contentId).min(1),
  /**
   * Criminal provisions the answer mentions, as ids of content/penalties.json (e.g. `uu-7-2017-pasal-494`). The
   * quiz shows each one's penalty today from there; never type a penalty figure into the explanation.
   */
  penalties: z.array(contentId).min(1).optional(),
};

/** A statement to mark true or false. Its options are always `true` and `false`. */
export const trueFalseQuestionSchema = z.strictObject({
  kind: z.literal('true-false'),
  ...questionBase,
  /** The correct option: `true` or `false`. */
  answer: z.enum(['true', 'false']),
});

/** An answer option of a multiple-choice question. */
export const choiceOptionSchema = z.strictObject({
  /** Stable kebab-case id, unique within the question. */
  id: contentId,
  /** The option's text, in both languages. */
  text: localized,
});

/** A question with three to five written options, exactly one of them correct. */
export const multipleChoiceQuestionSchema = z.strictObject({
  kind: z.literal('multiple-choice'),
  ...questionBase,
  /** The options, in the order shown. Vary the position of the correct one across questions. */
  options: z.array(choiceOptionSchema).min(3).max(5),
  /** The id of the correct option. */
  answer: contentId,
}).superRefine((question, context) => {
  const ids = question.options.map((option) => option.id);
  if (new Set(ids).size !== ids.length) context.addIssue({ code: 'custom', path: ['options'], message: 'option ids must be unique' });
  if (!ids.includes(question.answer)) {
    context.addIssue({ code: 'custom', path: ['answer'], message: `"${question.answer}" is not one of the options` });
  }
});

/**
 * A "boleh atau tidak?" case. Its options are the checker's verdicts (`allowed`, `violation`, `caution`), and
 * its facts describe the case in the checker's vocabulary, so the checker must reach the same verdict.
 */
export const scenarioQuestionSchema = z.strictObject({
  kind: z.literal('scenario'),
  ...questionBase,
  /** The case as checker facts (`actor`, `activity`, …), the same keys and values as the checker's URL. */
  facts: z.record(z.string(), z.string()).superRefine((facts, context) => {
    for (const problem of factProblems(facts)) context.addIssue({ code: 'custom', message: problem });
  }),
  /** The correct verdict. */
  answer: z.enum(verdicts),
});

export const bankQuestionSchema = z.discriminatedUnion('kind', [
  trueFalseQuestionSchema,
  multipleChoiceQuestionSchema,
  scenarioQuestionSchema,
]);

/** One topic file, `content/quiz/<topic>.json`: the topic's questions. */
export const bankFileSchema = z.array(bankQuestionSchema);

export type BankQuestion = z.infer<typeof bankQuestionSchema>;
export type ScenarioQuestion = z.infer<typeof scenarioQuestionSchema>;
export type QuestionKind = BankQuestion['kind'];
export type LegalBasis = z.infer<typeof legalBasisSchema>;

import { z } from 'zod';
import { contentId, isoDate, localized } from '@/lib/content/localized';
import { factName } from '@/lib/rules/schema';

/** The schema of content/selfcheck/questions.json. Server and build only. */

const facts = z.record(factName, factName);
const yesNo = z.strictObject({ yes: facts, no: facts, unsure: facts });
const base = {
  /** Stable id: the key of the answer in the page's address. */
  id: contentId,
  question: localized,
  help: localized,
  /** Asked only when each listed earlier question has one of the listed answers. */
  askIf: z.record(contentId, z.array(z.string().min(1)).min(1)).optional(),
};

export const selfCheckQuestionSchema = z.discriminatedUnion('kind', [
  z.strictObject({ ...base, kind: z.literal('status'), options: z.array(z.strictObject({ value: factName, label: localized })).min(2) }),
  z.strictObject({ ...base, kind: z.literal('gate') }),
  z.strictObject({
    ...base,
    kind: z.literal('area'),
    /** Short name of the area in the report. */
    area: localized,
    /** The checker's facts for "yes" (the status adds `actor`). */
    facts,
    /** A concrete thing to do when the checker finds a problem. */
    todo: localized,
  }),
  z
    .strictObject({
      ...base,
      kind: z.literal('detail'),
      /** The area question it follows up. */
      of: contentId,
      /** A yes/no follow-up: the facts each answer adds. */
      answers: yesNo.optional(),
      /** A choice: the options and the facts each adds. */
      options: z.array(z.strictObject({ value: factName, label: localized, facts })).min(2).optional(),
      /** The facts used when the follow-up is not asked. */
      otherwise: facts.optional(),
    })
    .refine((detail) => (detail.answers === undefined) !== (detail.options === undefined), { message: 'give either answers or options', path: ['answers'] }),
  z.strictObject({ ...base, kind: z.literal('pressure'), area: localized, todo: localized }),
]);

export const selfCheckFileSchema = z.strictObject({
  lastChecked: isoDate,
  questions: z.array(selfCheckQuestionSchema).min(3),
  /** Acts allowed for everyone of a status, checked with the engine and listed under "you are fine here". */
  alwaysFine: z.array(z.strictObject({ id: contentId, facts })),
});

export type SelfCheckFile = z.infer<typeof selfCheckFileSchema>;

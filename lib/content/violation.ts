import { z } from 'zod';
import { legalBasisSchema } from './legal-basis';
import { certainty, contentId, guideAnchor, localized } from './localized';
import { violationIdHint, violationIdPattern } from '@/lib/rules/vocabulary';
import { sanctionCode } from './sanction';

/** The three lists of prohibited acts in the joint decrees (SKB) on ASN neutrality. */
export const violationLists = ['skb2020', 'skb2022-kode-etik', 'skb2022-disiplin'] as const;

/** A violation type's id (the pattern lives in lib/rules/vocabulary.ts). */
export const violationId = z.string().regex(violationIdPattern, violationIdHint);

/** One prohibited act as listed by a joint decree, in the decree's own numbering. */
export const violationSchema = z.strictObject({
  /** Stable id shared with the checker and the quiz: `skb2020-01`…`skb2020-16`, `skb2022-ke-1`…`skb2022-ke-7`, `skb2022-d-1`…`skb2022-d-13`. */
  id: violationId,
  /** Which list it belongs to: the 2020 list of 16, or the 2022 code-of-ethics or discipline list. */
  list: z.enum(violationLists),
  /** Its number in that list, as in the decree. */
  number: z.number().int().positive(),
  /** The act, in the portal's own words. */
  text: localized,
  /** The sanction codes the sources give for it. Empty where no per-item sanction is confirmed. */
  sanctions: z.array(sanctionCode),
  /** How sure the sanction is. */
  sanctionStatus: certainty,
  /** Anything the reader must know about the sanction (e.g. which regulation set it then and now). */
  sanctionNote: localized.optional(),
  /** The decree and the underlying norms. */
  basis: z.array(legalBasisSchema).min(1),
  /** Ids of the sources (content/sources.json) that report the item. */
  sources: z.array(contentId).min(1),
  /** The guide section that explains the act in practice. */
  explainedIn: guideAnchor,
});
export const violationsSchema = z.array(violationSchema).min(1);
export type Violation = z.infer<typeof violationSchema>;

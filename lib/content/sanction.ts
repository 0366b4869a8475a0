import { z } from 'zod';
import { legalBasisSchema } from './legal-basis';
import { contentId, guideAnchor, localized } from './localized';

/** The sanction codes shared with the scenario checker and the quiz (a contract: never rename). */
export const sanctionCodes = ['moral', 'disiplin_ringan', 'disiplin_sedang', 'disiplin_berat', 'ptdh', 'pidana'] as const;
export const sanctionCode = z.enum(sanctionCodes);
export type SanctionCode = z.infer<typeof sanctionCode>;

/** One kind of sanction an ASN (or, for `pidana`, anyone) can face for a neutrality breach. */
export const sanctionSchema = z.strictObject({
  /** Stable code, one of `moral`, `disiplin_ringan`, `disiplin_sedang`, `disiplin_berat`, `ptdh`, `pidana`. */
  code: sanctionCode,
  /** Short name, e.g. `Hukuman disiplin berat` / `Severe disciplinary penalty`. */
  name: localized,
  /** What it means in practice, in one or two sentences. */
  summary: localized,
  /** The concrete forms it takes (e.g. the three penalties of the level). */
  forms: z.array(localized).min(1),
  /** Who imposes it. */
  imposedBy: localized,
  /** Where it is laid down. */
  basis: z.array(legalBasisSchema).min(1),
  /** Ids of the sources (content/sources.json) behind this entry. */
  sources: z.array(contentId).min(1),
  /** The guide section that explains it. */
  explainedIn: guideAnchor,
});
export const sanctionsSchema = z.array(sanctionSchema).length(sanctionCodes.length);
export type Sanction = z.infer<typeof sanctionSchema>;

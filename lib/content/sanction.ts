import { z } from 'zod';
import { legalBasisSchema } from './legal-basis';
import { sanctionCodes } from '@/lib/rules/vocabulary';
import { contentId, guideAnchor, localized } from './localized';

export const sanctionCode = z.enum(sanctionCodes);
export type { SanctionCode } from '@/lib/rules/vocabulary';

/**
 * For some actors a sanction takes the place of others: honorary staff (honorer/PPNPN) are bound by the ASN
 * forms of violation, but face sanctions under their work contract instead of ASN discipline (`kontrak`).
 */
export const sanctionReplacesSchema = z.strictObject({
  /** Actor values of the checker's vocabulary (`non_asn`) for whom this sanction applies instead. */
  forActors: z.array(z.string().regex(/^[a-z]+(?:_[a-z]+)*$/)).min(1),
  /** The codes it replaces for them. */
  codes: z.array(sanctionCode).min(1),
});

/** One kind of sanction an ASN (or, for `pidana`, anyone; for `kontrak`, honorary staff) can face for a neutrality breach. */
export const sanctionSchema = z.strictObject({
  /** Stable code, one of `moral`, `disiplin_ringan`, `disiplin_sedang`, `disiplin_berat`, `ptdh`, `pidana`, `kontrak`. */
  code: sanctionCode,
  /** Where this sanction takes the place of others for some actors (the checker applies it to every result). */
  replaces: sanctionReplacesSchema.optional(),
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

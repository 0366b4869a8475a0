import { z } from 'zod';
import { certainty, contentId, localized } from './localized';

/** A pointer into a legal instrument: which instrument, which article, and how sure that citation is. */
export const legalBasisSchema = z.strictObject({
  /** Id of the instrument in content/instruments.json. */
  instrument: contentId,
  /** The article as cited in each language, e.g. `Pasal 87 ayat (4) huruf c` / `Article 87(4)(c)`. Omit when only the instrument is known. */
  article: localized.optional(),
  /** How sure the citation is. `unconfirmed` citations are shown with a warning, never as fact. */
  status: certainty,
});
export type LegalBasis = z.infer<typeof legalBasisSchema>;

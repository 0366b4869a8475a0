import { z } from 'zod';
import { content } from '@/lib/content/load';
import { normalizeText, type SearchVocabulary } from './scenario-matcher';

/** A word or phrase as the matcher sees text: lower case, unaccented, single spaces ("grup wa", not "Grup WA"). */
const phrase = z
  .string()
  .min(1)
  .refine((text) => normalizeText(text) === text, { message: 'write it as the matcher sees text: lower case letters and digits, single spaces' });

const synonymSchema = z.strictObject({
  /** Slang, abbreviations and phrases as people type them. */
  words: z.array(phrase).min(1),
  /** What they mean, in the words the scenarios' keywords use. */
  means: phrase,
});

const perLanguage = <T extends z.ZodType>(schema: T) => z.strictObject({ id: z.array(schema).min(1), en: z.array(schema).min(1) });

export const synonymsFileSchema = z.strictObject({
  /** Question and filler words to leave out ("boleh", "apakah", "may", "can"). */
  ignore: perLanguage(phrase),
  synonyms: perLanguage(synonymSchema),
});

export const synonymsFile = 'content/checker/synonyms.json';

export type SynonymsFile = z.infer<typeof synonymsFileSchema>;

/** The free-text vocabulary of both languages (either may be typed on either locale's page), validated. */
export function loadSearchVocabulary(file: SynonymsFile = content().synonyms): SearchVocabulary {
  return {
    ignore: [...file.ignore.id, ...file.ignore.en],
    synonyms: (['id', 'en'] as const).flatMap((lang) => file.synonyms[lang].map((synonym) => ({ ...synonym, lang }))),
  };
}

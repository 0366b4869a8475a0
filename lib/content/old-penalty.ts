/**
 * Wording that presents a criminal penalty as it stood before 2 January 2026 (UU 1/2023 and UU 1/2026):
 * detention ("kurungan" ended as a principal penalty) and the old fixed fines and special minimums of
 * UU 7/2017 and UU 10/2016. Such wording may appear only as history (`data-penalty-history` on a page,
 * `history` in content/penalties.json).
 */
export const oldPenaltyPatterns: { name: string; pattern: RegExp }[] = [
  // Saying that detention ended ("kurungan bukan/tidak lagi pidana pokok", "no longer a principal penalty") is today's law.
  { name: 'detention (kurungan)', pattern: /kurungan(?![^.;]{0,60}(?:bukan lagi|tidak lagi|tidak berlaku lagi|no longer))/i },
  { name: 'detention', pattern: /\bdetention\b(?![^.;]{0,60}no longer)/i },
  { name: 'old fine of Rp12 million', pattern: /Rp\s?12(?:[.,]000[.,]000| ?juta| ?million)/i },
  { name: 'old fine of Rp36 million', pattern: /Rp\s?36(?:[.,]000[.,]000| ?juta| ?million)/i },
  { name: 'old minimum fine of Rp600 thousand', pattern: /Rp\s?600(?:[.,]000| ?ribu| ?thousand)/i },
  { name: 'old maximum fine of Rp6 million', pattern: /Rp\s?6(?:[.,]000[.,]000| ?juta| ?million)\b/i },
  { name: 'old special minimum of 1–6 months', pattern: /\b1\s?(?:[–-]|to|sampai|hingga)\s?6 (?:bulan|months)/i },
];

/** The names of the old-penalty patterns that `text` matches (empty when it has none). */
export function findOldPenalties(text: string): string[] {
  return oldPenaltyPatterns.filter(({ pattern }) => pattern.test(text)).map(({ name }) => name);
}

/** Each old-penalty wording in `text`, with a short excerpt around it, for test messages. */
export function findOldPenaltyExcerpts(text: string): string[] {
  return oldPenaltyPatterns.flatMap(({ name, pattern }) => {
    const match = new RegExp(pattern.source, 'i').exec(text);
    if (!match) return [];
    const excerpt = text.slice(Math.max(0, match.index - 60), match.index + match[0].length + 30).replace(/\s+/g, ' ').trim();
    return [`${name}: "…${excerpt}…"`];
  });
}

/** A sentence that dates what it says to before 2 January 2026 ("… applied until 1 January 2026"). */
const datedBeforeTheNewCode = /(?:until|sampai|hingga)\s+1\s+(?:January|Januari)\s+2026/i;

/**
 * Like `findOldPenaltyExcerpts`, for the running text of a page: a sentence that itself says the figures applied
 * until 1 January 2026 is history, not a statement of today's penalty.
 */
export function findCurrentOldPenaltyExcerpts(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+/)
    .filter((sentence) => !datedBeforeTheNewCode.test(sentence))
    .flatMap((sentence) => findOldPenaltyExcerpts(sentence));
}

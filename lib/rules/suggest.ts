/** What the free-text box matches against: a scenario's id and its keywords in both languages. */
export interface SuggestionTarget {
  id: string;
  keywords: string[];
}

/** Lower case, no accents, words separated by single spaces: "Suka postingan Caleg!" → "suka postingan caleg". */
export function normalizeText(text: string): string {
  return text
    .slice(0, 300)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** A word matches a keyword word when equal, or when one starts the other and the shorter has 4+ letters. */
function wordMatches(word: string, keyword: string): boolean {
  if (word === keyword) return true;
  const [short, long] = word.length < keyword.length ? [word, keyword] : [keyword, word];
  return short.length >= 4 && long.startsWith(short);
}

/** A keyword (one or more words) matches when its words appear one after another in the text. */
function phraseMatches(words: string[], phrase: string[]): boolean {
  if (!phrase.length) return false;
  for (let start = 0; start + phrase.length <= words.length; start += 1) {
    if (phrase.every((part, offset) => wordMatches(words[start + offset] as string, part))) return true;
  }
  return false;
}

/**
 * The scenarios whose keywords best match a free text, in either language, best first. Each matching
 * keyword scores its number of words; ties keep the content order.
 */
export function suggestScenarios(text: string, targets: SuggestionTarget[], limit = 3): string[] {
  const words = normalizeText(text).split(' ').filter(Boolean);
  if (!words.length) return [];
  return targets
    .map((target, index) => {
      let score = 0;
      for (const keyword of target.keywords) {
        const phrase = normalizeText(keyword).split(' ').filter(Boolean);
        if (phraseMatches(words, phrase)) score += phrase.length;
      }
      return { id: target.id, score, index };
    })
    .filter((entry) => entry.score > 0)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, limit)
    .map((entry) => entry.id);
}

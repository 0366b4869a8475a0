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

/** 2 when the words are equal, 1 when one starts the other and the shorter has 4+ letters ("colour"/"colours"), else 0. */
function wordScore(word: string, keyword: string): number {
  if (word === keyword) return 2;
  const [short, long] = word.length < keyword.length ? [word, keyword] : [keyword, word];
  return short.length >= 4 && long.startsWith(short) ? 1 : 0;
}

/** The best score of a keyword (one or more words) whose words appear one after another in the text. */
function phraseScore(words: string[], phrase: string[]): number {
  let best = 0;
  for (let start = 0; phrase.length && start + phrase.length <= words.length; start += 1) {
    const scores = phrase.map((part, offset) => wordScore(words[start + offset] as string, part));
    if (scores.every((score) => score > 0)) best = Math.max(best, scores.reduce((sum, score) => sum + score, 0));
  }
  return best;
}

/**
 * The scenarios whose keywords best match a free text, in either language, best first. A matching keyword
 * scores 2 per exactly matching word and 1 per word matched by its stem; ties keep the content order.
 */
export function suggestScenarios(text: string, targets: SuggestionTarget[], limit = 3): string[] {
  const words = normalizeText(text).split(' ').filter(Boolean);
  if (!words.length) return [];
  return targets
    .map((target, index) => {
      let score = 0;
      for (const keyword of target.keywords) {
        score += phraseScore(words, normalizeText(keyword).split(' ').filter(Boolean));
      }
      return { id: target.id, score, index };
    })
    .filter((entry) => entry.score > 0)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, limit)
    .map((entry) => entry.id);
}

import { stemmer as stemEnglish } from '@orama/stemmers/english';
import { stemmer as stemIndonesian } from '@orama/stemmers/indonesian';
import MiniSearch from 'minisearch';

/** What the free text is matched against: a scenario's id, its title and its keywords (in either language). */
export interface MatchTarget {
  id: string;
  title: string;
  keywords: string[];
}

/** A slang word, abbreviation or phrase and what it means in the words the scenarios use. */
export interface Synonym {
  words: string[];
  means: string;
  /** The language of `means`. */
  lang: 'id' | 'en';
}

/** How people write, from content/checker/synonyms.json: both languages together, since either may be typed. */
export interface SearchVocabulary {
  /** Question and filler words that say nothing about the case ("boleh", "apakah", "may I"). */
  ignore: string[];
  synonyms: Synonym[];
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

/**
 * The stems of one word, the same way for the index and the query, so that two words match when they share
 * one: the colloquial "nge-" prefix goes first ("ngelike" → "like"); then the Indonesian stem ("disukainya" →
 * "suka"), the English stem ("liking" → "like") and both in turn ("postingan" → "post"). Both languages are
 * tried because either may be typed, and the Indonesian stemmer alone would read "discussing" as di- + "scussing".
 */
export function stemWord(word: string): string[] {
  const plain = /^nge[a-z]{3,}$/.test(word) ? word.slice(3) : word;
  const indonesian = stemIndonesian(plain);
  return [...new Set([indonesian, stemEnglish(plain), stemEnglish(indonesian)])];
}

const tokenize = (text: string) => text.split(' ').filter(Boolean);

/** The normalized text padded with spaces, whole ignored phrases ("apakah saya") taken out: for whole-word lookups. */
function withoutIgnoredPhrases(text: string, vocabulary: SearchVocabulary): string {
  const phrases = vocabulary.ignore.filter((phrase) => phrase.includes(' '));
  return phrases.reduce((rest, phrase) => rest.replaceAll(` ${phrase} `, ' '), ` ${normalizeText(text)} `);
}

const withoutIgnoredWords = (words: string[], vocabulary: SearchVocabulary) => {
  const ignored = new Set(vocabulary.ignore);
  return words.filter((word) => !ignored.has(word));
};

/** The synonyms whose words or phrases occur in a (padded, normalized) text. */
const synonymsIn = (padded: string, vocabulary: SearchVocabulary) =>
  vocabulary.synonyms.filter((synonym) => synonym.words.some((phrase) => padded.includes(` ${phrase} `)));

/** The words typed that carry meaning, and the words of what the slang among them means. */
function readText(text: string, vocabulary: SearchVocabulary): { typed: string[]; meant: string[] } {
  const padded = withoutIgnoredPhrases(text, vocabulary);
  return {
    typed: withoutIgnoredWords(tokenize(padded), vocabulary),
    meant: withoutIgnoredWords(synonymsIn(padded, vocabulary).flatMap((synonym) => tokenize(synonym.means)), vocabulary),
  };
}

/**
 * The words of a free text that carry meaning: normalized, with the meaning of every slang word or phrase it
 * contains added ("nyaleg" → "… mencalonkan maju pencalonan"), and question and filler words left out.
 */
export function meaningfulWords(text: string, vocabulary: SearchVocabulary): string[] {
  const { typed, meant } = readText(text, vocabulary);
  return [...typed, ...meant];
}

/**
 * What to ask a full-text index of the guides, in order: the text without question words ("boleh like
 * postingan caleg" → "like postingan caleg"), then, if slang is in it, the same with the slang replaced by what
 * it means in the guides' language ("medsos" → "media sosial"). Empty when only question words remain.
 */
export function guideQueries(text: string, vocabulary: SearchVocabulary, lang: string): string[] {
  const padded = withoutIgnoredPhrases(text, vocabulary);
  const own = { ...vocabulary, synonyms: vocabulary.synonyms.filter((synonym) => synonym.lang === lang) };
  const plain = withoutIgnoredWords(tokenize(padded), vocabulary).join(' ');
  const meanings = new Map(synonymsIn(padded, own).flatMap((synonym) => synonym.words.map((phrase) => [phrase, synonym.means] as const)));
  // One pass, longest phrase first, so that a meaning is never rewritten again ("nyumbang" → "sumbang donasi").
  const phrases = [...meanings.keys()].sort((a, b) => b.length - a.length);
  const replaced = phrases.length ? padded.replace(new RegExp(` (${phrases.join('|')})(?= )`, 'g'), (_, phrase: string) => ` ${meanings.get(phrase) ?? phrase}`) : padded;
  const rewritten = [...new Set(withoutIgnoredWords(tokenize(replaced), vocabulary))].join(' ');
  return [...new Set([plain, rewritten])].filter(Boolean);
}

/**
 * Whether the words a guide search marked in an excerpt are the words searched for. Pagefind's own stemming can
 * cut an unknown word down to a letter or two ("sepupu" → "sep", matching "17 Sep 2024"); such hits are dropped
 * rather than reported as "6 guides mention sepupu". A marked word counts when it is a searched word, or, for
 * searched words of 3 letters or more, starts with one or shares a stem with one ("was" is not "wa").
 */
export function marksMatch(marked: string[], query: string): boolean {
  const searched = tokenize(normalizeText(query));
  return marked.some((mark) =>
    tokenize(normalizeText(mark)).some((word) =>
      searched.some(
        (wanted) => word === wanted || (wanted.length >= 3 && (word.startsWith(wanted) || stemWord(word).some((stem) => stemWord(wanted).includes(stem)))),
      ),
    ),
  );
}

export type ScenarioMatcher = (text: string, limit?: number) => string[];

/**
 * A matcher over the scenarios: full-text search (MiniSearch, BM25) over stemmed keywords and titles, with
 * keywords counting double, small typos forgiven in longer words and the last word matched as a prefix while
 * it is being typed. Returns scenario ids, best first.
 */
export function createScenarioMatcher(targets: MatchTarget[], vocabulary: SearchVocabulary): ScenarioMatcher {
  const index = new MiniSearch<{ id: string; title: string; keywords: string }>({
    fields: ['title', 'keywords'],
    tokenize,
    processTerm: (term) => stemWord(term),
    searchOptions: {
      boost: { keywords: 2 },
      combineWith: 'OR',
      fuzzy: (term) => (term.length >= 6 ? 1 : false),
      weights: { fuzzy: 0.3, prefix: 0.5 },
    },
  });
  index.addAll(
    targets.map((target) => ({
      id: target.id,
      title: normalizeText(target.title),
      keywords: target.keywords.map(normalizeText).join(' '),
    })),
  );
  return (text, limit = 3) => {
    const { typed, meant } = readText(text, vocabulary);
    const last = typed.at(-1);
    if (last === undefined) return [];
    const finished = [...typed.slice(0, -1), ...meant].join(' ');
    return index
      .search({
        combineWith: 'OR',
        // The last word may still be being typed ("kampa…"): it also matches as the start of a longer word.
        queries: [...(finished ? [finished] : []), { queries: [last], prefix: (term) => term.length >= 4 }],
      })
      .slice(0, limit)
      .map((result) => String(result.id));
  };
}

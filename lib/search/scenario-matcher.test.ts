import { describe, expect, it } from 'vitest';
import { checkerContent } from '@/lib/rules/index';
import { createScenarioMatcher, guideQueries, marksMatch, meaningfulWords, normalizeText, stemWord } from './scenario-matcher';
import { phrasings } from './phrasings.fixture';
import { loadSearchVocabulary } from './vocabulary';

const vocabulary = loadSearchVocabulary();
const scenarios = checkerContent().scenarios;
// As the checker builds them: the title in the page's language, the keywords of both.
const matchers = {
  id: createScenarioMatcher(scenarios.map((s) => ({ id: s.id, title: s.title.id, keywords: [...s.keywords.id, ...s.keywords.en] })), vocabulary),
  en: createScenarioMatcher(scenarios.map((s) => ({ id: s.id, title: s.title.en, keywords: [...s.keywords.id, ...s.keywords.en] })), vocabulary),
};

describe('free-text suggestions', () => {
  it('normalizes case, accents and punctuation', () => {
    expect(normalizeText('  Suka POSTINGAN  caleg di IG!! café ')).toBe('suka postingan caleg di ig cafe');
  });

  it('stems Indonesian affixes, the colloquial nge- and English endings', () => {
    const same = (a: string, b: string) => stemWord(a).some((stem) => stemWord(b).includes(stem));
    for (const word of ['menyukai', 'disukai', 'sukanya']) expect(same(word, 'suka'), word).toBe(true);
    for (const word of ['membagikan', 'dibagikan', 'bagikan']) expect(same(word, 'bagi'), word).toBe(true);
    expect(same('mencalonkan', 'calon')).toBe(true);
    expect(same('berfoto', 'foto')).toBe(true);
    expect(same('ngelike', 'like')).toBe(true);
    expect(same('liking', 'likes')).toBe(true);
    expect(same('discussing', 'discuss')).toBe(true);
    expect(same('postingan', 'post')).toBe(true);
    expect(same('kampanye', 'caleg')).toBe(false);
  });

  it('matches the last word as it is being typed', () => {
    expect(matchers.id('pakai kaos partai di kampa')).toContain('party-attributes');
    expect(matchers.id('mau jadi kpps')).toContain('election-staff-kpps');
    expect(matchers.en('donat')).toContain('donate-campaign');
  });

  it('drops question words and adds what slang means', () => {
    expect(meaningfulWords('Bolehkah saya like postingan caleg?', { ignore: vocabulary.ignore, synonyms: [] })).toEqual(['like', 'postingan', 'caleg']);
    expect(meaningfulWords('May I like a post', { ignore: vocabulary.ignore, synonyms: [] })).toEqual(['like', 'post']);
    expect(meaningfulWords('apakah saya boleh?', vocabulary)).toEqual([]);
    expect(meaningfulWords('boleh share di medsos', vocabulary)).toEqual(expect.arrayContaining(['share', 'media', 'sosial', 'bagikan']));
  });

  it.each(phrasings)('"%s" suggests %s in the top three', (text, id) => {
    for (const match of Object.values(matchers)) expect(match(text)).toContain(id);
  });

  it('suggests nothing for nothing, or for question words alone', () => {
    for (const text of ['', 'zzzz qqqq', 'apakah saya boleh?', 'may I?']) expect(matchers.id(text)).toEqual([]);
  });

  it('returns at most the limit', () => {
    expect(matchers.id('foto kampanye partai caleg', 2)).toHaveLength(2);
  });

});

describe('the table of real phrasings', () => {
  it('has at least 40 rows in both languages, and names only real scenarios', () => {
    expect(phrasings.length).toBeGreaterThanOrEqual(40);
    const ids = new Set(scenarios.map((scenario) => scenario.id));
    for (const [, id] of phrasings) expect(ids).toContain(id);
  });
});

describe('hit rate', () => {
  it('every phrasing is in the top three in both locales; the first-place rate is reported', () => {
    const rows = Object.entries(matchers).flatMap(([locale, match]) => phrasings.map(([text, id]) => ({ locale, rank: match(text).indexOf(id) })));
    const first = rows.filter((row) => row.rank === 0).length;
    const top3 = rows.filter((row) => row.rank >= 0).length;
    console.info(`free-text hit rate: top 3 ${top3}/${rows.length}, first ${first}/${rows.length} (${phrasings.length} phrasings × 2 locales)`);
    expect(top3).toBe(rows.length);
  });
});

describe('queries for the guides', () => {
  it('leave question words out, then try the slang replaced by its meaning', () => {
    expect(guideQueries('Bolehkah saya main medsos?', vocabulary, 'id')).toEqual(['main medsos', 'main media sosial']);
    expect(guideQueries('pengajian', vocabulary, 'id')).toEqual(['pengajian', 'pengajian acara keagamaan']);
    expect(guideQueries('kampanye', vocabulary, 'id')).toEqual(['kampanye']);
    expect(guideQueries('apakah saya boleh?', vocabulary, 'id')).toEqual([]);
    expect(guideQueries('nyumbang', vocabulary, 'id')).toEqual(['nyumbang', 'sumbang donasi']);
  });

  it("rewrite slang only in the guides' own language", () => {
    expect(guideQueries('nyaleg', vocabulary, 'en')).toEqual(['nyaleg']);
    expect(guideQueries('May I forward a sticker', vocabulary, 'en')).toEqual(['forward sticker', 'share banner']);
  });
});

describe('guide hits that are really the words searched', () => {
  it('keep real mentions, in any form', () => {
    expect(marksMatch(['(like)', 'Like,'], 'like')).toBe(true);
    expect(marksMatch(['KPPS?'], 'kpps')).toBe(true);
    expect(marksMatch(['Sosialisasi', 'media'], 'media sosial')).toBe(true);
    expect(marksMatch(['menyumbang'], 'sumbangan')).toBe(true);
  });

  it('drop what a stemmer cut down to a few letters', () => {
    expect(marksMatch(['Sep', 'Sep'], 'sepupu')).toBe(false);
    expect(marksMatch(['n'], 'nyumbang')).toBe(false);
    expect(marksMatch(['i'], 'ig')).toBe(false);
    expect(marksMatch(['warga', 'wajib'], 'wa')).toBe(false);
    expect(marksMatch(['was'], 'wa')).toBe(false);
    expect(marksMatch(['WA'], 'wa')).toBe(true);
    expect(marksMatch([], 'like')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { checkerContent } from './index';
import { normalizeText, suggestScenarios } from './suggest';

const targets = checkerContent().scenarios.map((scenario) => ({ id: scenario.id, keywords: [...scenario.keywords.id, ...scenario.keywords.en] }));

describe('free-text suggestions', () => {
  it('normalizes case, accents and punctuation', () => {
    expect(normalizeText('  Suka POSTINGAN  caleg di IG!! café ')).toBe('suka postingan caleg di ig cafe');
  });

  it.each([
    ['suka postingan caleg di IG', 'like-candidate-post'],
    ['wear party colours', 'party-attributes'],
    ['foto bareng calon yang saya idolakan', 'photo-admired-candidate'],
    ['pengajian, caleg ambil mic', 'religious-event-caleg-mic'],
    ['kasih fotokopi KTP ke calon independen', 'ktp-independent-candidate'],
    ['APBD dipakai untuk kegiatan partai', 'budget-for-party'],
    ['bupati petahana menyuruh kami mengumpulkan warga', 'pressure-from-regional-head'],
    ['my wife is running for DPRD', 'spouse-campaign'],
    ['can a police officer vote', 'police-vote'],
  ])('"%s" suggests %s first', (text, id) => {
    expect(suggestScenarios(text, targets)[0]).toBe(id);
  });

  it('suggests nothing for nothing', () => {
    expect(suggestScenarios('', targets)).toEqual([]);
    expect(suggestScenarios('zzzz qqqq', targets)).toEqual([]);
  });

  it('returns at most the limit', () => {
    expect(suggestScenarios('foto kampanye partai caleg', targets, 2)).toHaveLength(2);
  });
});

import { describe, expect, it } from 'vitest';
import { answerLine, isStatusNote, shortLabel, statusLabel } from './answer-line';
import { checkerContent } from './index';
import { localizeDeep } from '@/lib/content/localize';

describe('the one-line summary of the answers', () => {
  it('shortens labels to what they name', () => {
    expect(shortLabel('PNS (Pegawai Negeri Sipil)')).toBe('PNS');
    expect(shortLabel('(Bakal) calon: capres, caleg, calon kepala daerah')).toBe('(Bakal) calon');
    expect(shortLabel('Menyukai (like, love)')).toBe('Menyukai');
    expect(shortLabel('Anggota Polri')).toBe('Anggota Polri');
    expect(shortLabel('(x)')).toBe('(x)');
  });

  for (const locale of ['id', 'en']) {
    it(`reads as one line of short answers in ${locale}`, () => {
      const questions = localizeDeep(checkerContent().ruleSet.questions, locale);
      const like = [
        { fact: 'actor', value: 'pns' },
        { fact: 'activity', value: 'social_media' },
        { fact: 'sm_action', value: 'like' },
        { fact: 'sm_target', value: 'candidate' },
      ];
      const line = answerLine(like, questions);
      expect(line[0]).toBe('PNS');
      expect(line[2]).toBe(locale === 'id' ? 'Menyukai' : 'Like');
      for (const part of line) expect(part.length).toBeLessThan(45);
      // A bare "yes" names its question.
      const [answer] = answerLine([{ fact: 'gesture', value: 'yes' }], questions);
      expect(answer).toMatch(locale === 'id' ? /: Ya$/ : /: Yes$/);
      expect(statusLabel([{ fact: 'actor', value: 'pppk' }], questions)).toBe('PPPK');
    });
  }

  it('treats a note on one status as part of the sanction', () => {
    const byId = new Map(checkerContent().ruleSet.notes.map((note) => [note.id, note]));
    const pppk = byId.get('pppk-discipline');
    const supervisor = byId.get('supervisor-duty');
    expect(pppk && isStatusNote(pppk)).toBe(true);
    expect(supervisor && isStatusNote(supervisor)).toBe(false);
  });
});

describe('shortLabel', () => {
  it('drops an aside at the end or before more explanation, and keeps one inside the words', () => {
    expect(shortLabel('PNS (Pegawai Negeri Sipil)')).toBe('PNS');
    expect(shortLabel('PPPK (pegawai dengan perjanjian kerja), termasuk paruh waktu')).toBe('PPPK');
    expect(shortLabel('A (prospective) candidate')).toBe('A (prospective) candidate');
    expect(shortLabel('(Bakal) calon: capres, caleg')).toBe('(Bakal) calon');
  });
});

import { describe, expect, it } from 'vitest';
import type { BankQuestion } from './bank-schema';
import { checkerHref, localizeQuestion } from './quiz-question';
import { whatsappShareUrl } from '@/lib/share/whatsapp';

const labels = { true: 'Benar', false: 'Salah', allowed: 'Boleh', violation: 'Melanggar', caution: 'Hati-hati' };

const instrumentNames = new Map([
  ['skb-2022', { id: 'SKB 2022', en: '2022 joint decree' }],
  ['mk-121-puu-xxii-2024', { id: 'Putusan MK 121/PUU-XXII/2024', en: 'Constitutional Court ruling 121/PUU-XXII/2024' }],
]);

const places = { instruments: [...instrumentNames.keys()].map((id) => ({ id })), sources: [] };

const scenario: BankQuestion = {
  id: 'medsos-suka',
  kind: 'scenario',
  topic: 'media-sosial',
  prompt: { id: 'Boleh?', en: 'Allowed?' },
  facts: { actor: 'pns', activity: 'social_media', sm_action: 'like', sm_target: 'candidate' },
  answer: 'violation',
  explanation: { id: 'Melanggar.', en: 'Violation.' },
  legalBasis: [
    { instrument: 'skb-2022', article: { id: 'Lampiran II, disiplin angka 6', en: 'Annex II, discipline item 6' } },
    { instrument: 'mk-121-puu-xxii-2024' },
  ],
  guide: { slug: 'media-sosial', anchor: 'suka-dan-komentar' },
  sources: ['skb-2022'],
};

describe('localizeQuestion', () => {
  it('gives a scenario the verdict options, the checker link and linked citations in one language', () => {
    expect(localizeQuestion(scenario, 'en', labels, instrumentNames, places)).toEqual({
      id: 'medsos-suka',
      topic: 'media-sosial',
      kind: 'scenario',
      prompt: 'Allowed?',
      options: [
        { id: 'allowed', label: 'Boleh' },
        { id: 'violation', label: 'Melanggar' },
        { id: 'caution', label: 'Hati-hati' },
      ],
      answer: 'violation',
      explanation: 'Violation.',
      legalBasis: [
        { label: '2022 joint decree, Annex II, discipline item 6', href: '/en/sumber/#skb-2022' },
        { label: 'Constitutional Court ruling 121/PUU-XXII/2024', href: '/en/sumber/#mk-121-puu-xxii-2024' },
      ],
      guideHref: '/en/panduan/media-sosial/#suka-dan-komentar',
      checkerHref: '/en/cek/#actor=pns&activity=social_media&sm_action=like&sm_target=candidate',
      penalties: [],
    });
  });

  it('shows the criminal provisions it names with their penalty today, and fails on one without a text', () => {
    const line = { label: 'UU 7/2017 Pasal 494', now: 'Tindak pidana; ancamannya disesuaikan.', href: '/id/panduan/sanksi/#pidana' };
    const question = { ...scenario, penalties: ['uu-7-2017-pasal-494'] } as BankQuestion;
    expect(localizeQuestion(question, 'id', labels, instrumentNames, places, new Map([['uu-7-2017-pasal-494', line]])).penalties).toEqual([line]);
    expect(() => localizeQuestion(question, 'id', labels, instrumentNames, places)).toThrow(/uu-7-2017-pasal-494/);
  });

  it('gives a true/false question its two options and links the guide page when there is no anchor', () => {
    const question: BankQuestion = { ...scenario, kind: 'true-false', answer: 'false', guide: { slug: 'sanksi' } } as BankQuestion;
    const localized = localizeQuestion(question, 'id', labels, instrumentNames, places);
    expect(localized.options).toEqual([
      { id: 'true', label: 'Benar' },
      { id: 'false', label: 'Salah' },
    ]);
    expect(localized.guideHref).toBe('/id/panduan/sanksi/');
    expect(localized.checkerHref).toBeUndefined();
  });
});

describe('links and texts', () => {
  it('builds the checker address from facts', () => {
    expect(checkerHref('id', { actor: 'pns', activity: 'vote' })).toBe('/id/cek/#actor=pns&activity=vote');
  });

  it('builds a WhatsApp link with the text encoded', () => {
    expect(whatsappShareUrl('Skor 9/10 & lulus: https://x.id/id/kuis/?ronde=pendek')).toBe(
      'https://api.whatsapp.com/send?text=Skor%209%2F10%20%26%20lulus%3A%20https%3A%2F%2Fx.id%2Fid%2Fkuis%2F%3Fronde%3Dpendek',
    );
  });
});

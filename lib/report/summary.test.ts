import { describe, expect, it } from 'vitest';
import en from '@/messages/en.json';
import { summaryText } from './summary';

describe('the witness summary', () => {
  it('writes every field in order, trimmed, and says which were not given', () => {
    const text = summaryText({ who: ' Budi, head of section, Dinas X ', what: 'Shared a candidate poster in the office group', when: '3 Feb 2029' }, en.SummaryComposer);
    expect(text.split('\n')).toEqual([
      'Report of a suspected breach of civil-service neutrality',
      'Who (name, position, agency): Budi, head of section, Dinas X',
      'NIK or NIP (if you know it): (not given)',
      'What happened: Shared a candidate poster in the office group',
      'When: 3 Feb 2029',
      'Where (place, account or group): (not given)',
      'Evidence (links, screenshots, photos): (not given)',
      'Witnesses: (not given)',
    ]);
  });
});

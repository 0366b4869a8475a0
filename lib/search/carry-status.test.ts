import { describe, expect, it } from 'vitest';
import { withChosenStatus } from './carry-status';

const like = [
  { fact: 'actor', value: 'pns' },
  { fact: 'activity', value: 'social_media' },
];

describe('a suggested case keeps the status the user chose', () => {
  it('replaces the generic status', () => {
    expect(withChosenStatus(like, 'pppk')).toEqual([{ fact: 'actor', value: 'pppk' }, like[1]]);
  });

  it('leaves the case alone when no status was chosen', () => {
    expect(withChosenStatus(like, undefined)).toBe(like);
  });

  it('keeps a case that is about another status', () => {
    const police = [{ fact: 'actor', value: 'polri' }, { fact: 'activity', value: 'vote' }];
    expect(withChosenStatus(police, 'pppk')).toEqual(police);
  });
});

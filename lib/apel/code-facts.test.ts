import { describe, expect, it } from 'vitest';
import { codeFacts } from './code-facts';

const context = { event: 42, contentVersion: '2026-11-22', passPercent: 80, roundSizes: { short: 10, full: 25 } };
const fields = { event: 42, date: '2026-12-07', correct: 8, total: 10, contentVersion: '2026-11-22', attempt: 1 };

describe('codeFacts', () => {
  it('reads a pass of the short round at this event with this content', () => {
    expect(codeFacts(fields, context)).toEqual({ percent: 80, passed: true, round: 'short', event: 'match', content: 'same' });
  });
  it('tells another event, no event, no event to compare, and older or newer content apart', () => {
    expect(codeFacts({ ...fields, event: 7 }, context).event).toBe('other');
    expect(codeFacts({ ...fields, event: 0 }, context).event).toBe('none');
    expect(codeFacts(fields, { ...context, event: null }).event).toBe('unknown');
    expect(codeFacts({ ...fields, contentVersion: '2026-10-01' }, context).content).toBe('older');
    expect(codeFacts({ ...fields, contentVersion: '2027-01-01' }, context).content).toBe('newer');
  });
  it('fails a score under the pass mark and names the round by its size', () => {
    expect(codeFacts({ ...fields, correct: 19, total: 25 }, context)).toMatchObject({ passed: false, round: 'full', percent: 76 });
    expect(codeFacts({ ...fields, correct: 3, total: 3 }, context).round).toBe('other');
  });
});

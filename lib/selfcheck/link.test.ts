import { describe, expect, it } from 'vitest';
import { localizeDeep } from '@/lib/content/localize';
import { parseFragment } from './flow';
import { selfCheckLink } from './link';
import { loadSelfCheck } from './load';
import type { SelfCheckQuestion } from './types';

describe('the link from a checker result to the self-check', () => {
  const questions = localizeDeep(loadSelfCheck().questions, 'id') as SelfCheckQuestion<string>[];
  it('answers the status the checker already knows', () => {
    for (const actor of ['pns', 'cpns', 'pppk', 'non_asn']) {
      const link = selfCheckLink('id', actor);
      expect(link).toBe(`/id/periksa-diri/#status=${actor}`);
      const { answers, problems } = parseFragment(questions, link.split('#')[1] ?? '');
      expect(problems).toEqual([]);
      expect(answers.get('status')).toBe(actor);
    }
  });
  it('starts at the first question for TNI, Polri or no actor', () => {
    expect(selfCheckLink('en', 'polri')).toBe('/en/periksa-diri/');
    expect(selfCheckLink('en')).toBe('/en/periksa-diri/');
  });
});

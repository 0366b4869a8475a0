import { describe, expect, it } from 'vitest';
import { localizeDeep } from '@/lib/content/localize';
import { applies, firstUnanswered, itemsOf, parseFragment, serializeAnswers } from './flow';
import { loadSelfCheck } from './load';
import type { SelfCheckQuestion } from './types';

const questions = localizeDeep(loadSelfCheck().questions, 'en') as SelfCheckQuestion<string>[];
const byId = (id: string) => questions.find((question) => question.id === id) as SelfCheckQuestion<string>;

describe('which questions are asked', () => {
  it('starts with the status', () => {
    expect(firstUnanswered(questions, new Map())?.id).toBe('status');
  });

  it('asks a PNS about unpaid leave, but not a PPPK or a CPNS', () => {
    const answers = (status: string) => new Map([['status', status], ['spouse', 'yes'], ['run', 'yes'], ['run-office', 'dpr_dprd']]);
    expect(applies(byId('spouse-leave'), answers('pns'))).toBe(true);
    expect(applies(byId('run-leave'), answers('pns'))).toBe(true);
    for (const status of ['pppk', 'cpns', 'non_asn']) {
      expect(applies(byId('spouse-leave'), answers(status))).toBe(false);
      expect(applies(byId('run-leave'), answers(status))).toBe(false);
    }
  });

  it('asks a village-head candidate for written permission instead of unpaid leave', () => {
    const answers = new Map([['status', 'pns'], ['run', 'yes'], ['run-office', 'village_head']]);
    expect(applies(byId('run-permission'), answers)).toBe(true);
    expect(applies(byId('run-leave'), answers)).toBe(false);
  });

  it('asks about official decisions only of someone with a post (or not sure)', () => {
    expect(applies(byId('decisions'), new Map([['post', 'no']]))).toBe(false);
    expect(applies(byId('decisions'), new Map([['post', 'yes']]))).toBe(true);
    expect(applies(byId('decisions'), new Map([['post', 'unsure']]))).toBe(true);
  });

  it('asks a follow-up only after its area was answered yes or not sure', () => {
    expect(applies(byId('ormas-party'), new Map([['ormas', 'no']]))).toBe(false);
    expect(applies(byId('ormas-party'), new Map([['ormas', 'unsure']]))).toBe(true);
  });
});

describe('the fragment', () => {
  it('round-trips the answers in question order', () => {
    const { answers, problems } = parseFragment(questions, '#follow=yes&status=pns&post=no');
    expect(problems).toEqual([]);
    expect(serializeAnswers(questions, answers)).toBe('status=pns&post=no&follow=yes');
  });

  it('reports hostile or stale parts by name and keeps the rest', () => {
    const { answers, problems } = parseFragment(
      questions,
      '#status=pppk&spouse=yes&spouse-leave=yes&follow=maybe&<script>=1&status=pns&decisions=yes&post=no&%E0%A4%A',
    );
    expect(Object.fromEntries(answers)).toEqual({ status: 'pppk', post: 'no', spouse: 'yes' });
    expect(problems).toEqual(
      expect.arrayContaining([
        { key: 'follow', value: 'maybe', reason: 'value' },
        { key: '<script>', value: '1', reason: 'key' },
        { key: 'status', value: 'pns', reason: 'repeated' },
        { key: 'spouse-leave', value: 'yes', reason: 'skipped' },
        { key: 'decisions', value: 'yes', reason: 'skipped' },
      ]),
    );
  });

  it('never throws and caps a flood', () => {
    const flood = `#${Array.from({ length: 500 }, (_, index) => `k${index}=v`).join('&')}`;
    const { answers, problems } = parseFragment(questions, flood);
    expect(answers.size).toBe(0);
    expect(problems.length).toBeLessThanOrEqual(61);
    expect(() => parseFragment(questions, '#%%%&==&&=')).not.toThrow();
  });
});

describe('items', () => {
  it('adds the status and the follow-ups to each area, and no unpaid leave when it is not asked', () => {
    const { answers } = parseFragment(questions, 'status=cpns&spouse=yes&campaign=unsure&campaign-role=no&pressure=yes');
    expect(itemsOf(questions, answers)).toEqual([
      {
        question: 'campaign',
        answer: 'unsure',
        facts: { actor: 'cpns', activity: 'attend_campaign', participation: 'passive', attributes: 'none', mobilize: 'no', state_facilities: 'no' },
      },
      { question: 'spouse', answer: 'yes', facts: { actor: 'cpns', activity: 'spouse_campaign', on_leave: 'no' } },
      { question: 'pressure', answer: 'yes', facts: null },
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import en from '@/messages/en.json';
import id from '@/messages/id.json';
import { pluralText } from './plural';

const forms = (messages: typeof en) => ({ one: messages.SearchResults.resultsOne, other: messages.SearchResults.resultsOther });

describe('the count of guides found', () => {
  it.each([
    ['en', forms(en), 1, '1 guide mentions "like".'],
    ['en', forms(en), 0, '0 guides mention "like".'],
    ['en', forms(en), 7, '7 guides mention "like".'],
    ['id', forms(id), 1, '1 panduan memuat "like".'],
    ['id', forms(id), 0, '0 panduan memuat "like".'],
    ['id', forms(id), 7, '7 panduan memuat "like".'],
  ])('%s, %i: %s', (locale, messages, count, text) => {
    expect(pluralText(messages, locale, count, { query: 'like' })).toBe(text);
  });
});

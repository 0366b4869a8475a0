import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type { Localized } from '@/lib/content/localized';
import type { Sanction } from '@/lib/content/sanction';
import type { Violation } from '@/lib/content/violation';
import type { GoldenCase, NoteContent, QuestionContent, RuleContent, ruleChange } from './schema';
import type { Certainty, Note, Outcome, Question, Rule, RuleChange, SanctionCode, Verdict } from './types';

// The engine's generic shapes are written out once (the browser needs a one-locale form too); with `{id, en}`
// texts they must be exactly what the schemas infer, so that a schema change cannot leave them behind.
describe('the engine types equal the schemas they mirror', () => {
  it('rules, notes, questions and dated changes', () => {
    expectTypeOf<Rule<Localized>>().toEqualTypeOf<RuleContent>();
    expectTypeOf<Note<Localized>>().toEqualTypeOf<NoteContent>();
    expectTypeOf<Question<Localized>>().toEqualTypeOf<QuestionContent>();
    expectTypeOf<RuleChange<Localized>>().toEqualTypeOf<z.infer<typeof ruleChange>>();
  });

  it('the vocabularies the content files use', () => {
    expectTypeOf<Sanction['code']>().toEqualTypeOf<SanctionCode>();
    expectTypeOf<Violation['sanctionStatus']>().toEqualTypeOf<Certainty>();
    expectTypeOf<RuleContent['verdict']>().toEqualTypeOf<Verdict>();
    expectTypeOf<GoldenCase['verdict']>().toEqualTypeOf<Outcome>();
  });
});

import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type { Localized } from '@/lib/content/localized';
import type { selfCheckQuestionSchema } from './schema';
import type { SelfCheckQuestion } from './types';

describe('the self-check types', () => {
  it('equal what the schema infers, with {id, en} texts', () => {
    expectTypeOf<SelfCheckQuestion<Localized>>().toEqualTypeOf<z.infer<typeof selfCheckQuestionSchema>>();
  });
});

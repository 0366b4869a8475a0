import { describe, expect, it } from 'vitest';
import { checkerContent } from '@/lib/rules/index';
import { loadSelfCheck, selfCheckProblems } from './load';
import type { SelfCheckFile } from './schema';

/** A copy of the real questions with one change. */
function withQuestions(change: (file: { questions: Record<string, unknown>[] }) => void): SelfCheckFile {
  const file = structuredClone(loadSelfCheck());
  change(file as unknown as { questions: Record<string, unknown>[] });
  return file;
}

describe('self-check content', () => {
  it('is valid against the checker vocabulary', () => {
    expect(loadSelfCheck().questions.length).toBeGreaterThanOrEqual(15);
    expect(selfCheckProblems(loadSelfCheck(), checkerContent())).toEqual([]);
  });

  it('names the file and field of a fact the checker does not know', () => {
    const file = withQuestions((file) => {
      const follow = file.questions.find((question) => question.id === 'follow') as { facts: Record<string, string> };
      follow.facts.sm_action = 'wave';
    });
    expect(selfCheckProblems(file, checkerContent())).toEqual([
      expect.stringMatching(/^content\/selfcheck\/questions\.json: questions\[\d+\]\.facts\.sm_action: "wave" is not a value of "sm_action"$/),
    ]);
  });

  it('rejects a condition on a later question and a follow-up of a missing area', () => {
    const file = withQuestions((file) => {
      (file.questions[1] as { askIf?: Record<string, string[]> }).askIf = { pressure: ['yes'] };
      (file.questions.find((question) => question.kind === 'detail') as { of: string }).of = 'nowhere';
    });
    expect(selfCheckProblems(file, checkerContent()).join('\n')).toMatch(/askIf\.pressure: not an earlier question[\s\S]*of: "nowhere" is not an earlier area question/);
  });
});

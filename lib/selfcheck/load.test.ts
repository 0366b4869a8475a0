import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSelfCheck, selfCheckFile } from './load';

/** A copy of the questions file with one change, under a temporary root. */
function withQuestions(change: (file: { questions: Record<string, unknown>[] }) => void): string {
  const file = JSON.parse(readFileSync(selfCheckFile, 'utf8'));
  change(file);
  const root = mkdtempSync(path.join(tmpdir(), 'selfcheck-'));
  mkdirSync(path.join(root, 'content/selfcheck'), { recursive: true });
  writeFileSync(path.join(root, selfCheckFile), JSON.stringify(file));
  return root;
}

describe('self-check content', () => {
  it('is valid against the checker vocabulary', () => {
    expect(loadSelfCheck().questions.length).toBeGreaterThanOrEqual(15);
  });

  it('names the file and field of a fact the checker does not know', () => {
    const root = withQuestions((file) => {
      const follow = file.questions.find((question) => question.id === 'follow') as { facts: Record<string, string> };
      follow.facts.sm_action = 'wave';
    });
    expect(() => loadSelfCheck(root)).toThrow(/questions\.json: questions\.\d+\.facts\.sm_action: "wave" is not a value of "sm_action"/);
  });

  it('rejects a condition on a later question and a follow-up of a missing area', () => {
    const root = withQuestions((file) => {
      (file.questions[1] as { askIf?: Record<string, string[]> }).askIf = { pressure: ['yes'] };
      (file.questions.find((question) => question.kind === 'detail') as { of: string }).of = 'nowhere';
    });
    expect(() => loadSelfCheck(root)).toThrow(/askIf\.pressure: not an earlier question[\s\S]*of: "nowhere" is not an earlier area question/);
  });
});

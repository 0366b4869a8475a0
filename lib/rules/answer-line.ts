import type { FactPair, Note, NoteLogic, Question } from './types';

/**
 * An answer's label without its explanation: "PNS (Pegawai Negeri Sipil)" → "PNS", "(Bakal) calon: capres, …"
 * → "(Bakal) calon". Short enough for the one-line summary of the answers.
 */
export function shortLabel(label: string): string {
  // An aside at the end, or one followed by more explanation: "PPPK (pegawai …), termasuk paruh waktu" → "PPPK".
  // One inside the words stays: "A (prospective) candidate".
  const withoutAside = label.replace(/\s+\([^)]*\)(?:,.*)?$/, '');
  const colon = withoutAside.indexOf(': ');
  return (colon > 0 ? withoutAside.slice(0, colon) : withoutAside).trim() || label;
}

/** Answers that mean nothing without their question ("Yes", "No", "I do not know") carry the question's summary. */
const needsQuestion = new Set(['yes', 'no', 'unknown']);

/** The answers as short phrases for one line: "PNS · Berinteraksi di media sosial · Menyukai · (Bakal) calon". */
export function answerLine(facts: FactPair[], questions: Question<string>[]): string[] {
  return facts.map(({ fact, value }) => {
    const question = questions.find((candidate) => candidate.key === fact);
    const option = question?.options.find((candidate) => candidate.value === value);
    if (!question || !option) return `${fact}=${value}`;
    const label = shortLabel(option.label);
    return needsQuestion.has(value) ? `${question.summary}: ${label}` : label;
  });
}

/** The status of the actor in short words ("PPPK", "Anggota Polri"), as chosen in the answers. */
export function statusLabel(facts: FactPair[], questions: Question<string>[]): string | undefined {
  const actor = facts.find((pair) => pair.fact === 'actor')?.value;
  const option = questions.find((question) => question.key === 'actor')?.options.find((candidate) => candidate.value === actor);
  return option && shortLabel(option.label);
}

/**
 * A note about one status only (its condition is `actor = x`, like the note on PPPK discipline): it belongs
 * with the sanction, because it says how the sanction differs for that status.
 */
export function isStatusNote(note: NoteLogic): boolean {
  const when = note.when as { fact?: string; operator?: string };
  return when.fact === 'actor' && when.operator === 'equal';
}

/** Splits a result's notes into those about the person's status (shown with the sanction) and the rest. */
export function splitNotes<N extends Note<string>>(notes: N[]): { status: N[]; other: N[] } {
  return { status: notes.filter(isStatusNote), other: notes.filter((note) => !isStatusNote(note)) };
}

import type { Localized } from '@/lib/content/localized';
import { localePath, sectionPaths } from '@/lib/site/routes';
import { type SourcePlaces, sourceHref } from '@/lib/site/source-href';
import type { BankQuestion, QuestionKind } from './bank-schema';

export type QuizLocale = keyof Localized;

/** A question as the quiz in the browser gets it: one language, labels resolved, links built. */
export interface QuizQuestion {
  id: string;
  /** The guide the question belongs to (its slug). */
  topic: string;
  kind: QuestionKind;
  prompt: string;
  options: { id: string; label: string }[];
  /** Id of the correct option. */
  answer: string;
  explanation: string;
  /** The legal basis, one line per provision, each linked to the instrument's entry (`sourceHref`). */
  legalBasis: { label: string; href: string }[];
  /** The guide section that explains it. */
  guideHref: string;
  /** For a scenario: the checker with the same case filled in. */
  checkerHref?: string;
  /** "Report a mistake in this question": REPORT_ERROR_URL with the question named (lib/site/report-mistake.ts). */
  reportHref?: string;
  /** The criminal provisions the answer mentions, each with its penalty today (from content/penalties.json). */
  penalties: PenaltyLine[];
}

/** One criminal provision as the quiz shows it: "UU 7/2017 Pasal 494", today's state, and where it is explained. */
export interface PenaltyLine {
  label: string;
  now: string;
  href: string;
}

/** The labels of the fixed options of true/false and scenario questions, in the reader's language. */
export interface FixedOptionLabels {
  true: string;
  false: string;
  allowed: string;
  violation: string;
  caution: string;
}

/** The checker's address with a scenario's facts in its fragment, e.g. `/id/cek/#actor=pns&activity=vote`. */
export function checkerHref(locale: string, facts: Record<string, string>): string {
  // In the fragment, which browsers never send to the web server (what a person asks stays on the device).
  return `${localePath(locale, sectionPaths.checker)}#${new URLSearchParams(facts).toString()}`;
}

/**
 * One question in one language, for the browser. `instrumentNames` gives the short citation of each legal
 * instrument (from content/instruments.json); `places` says where each instrument's entry is.
 */
export function localizeQuestion(
  question: BankQuestion,
  locale: QuizLocale,
  labels: FixedOptionLabels,
  instrumentNames: ReadonlyMap<string, Localized>,
  places: SourcePlaces,
  penaltyLines: ReadonlyMap<string, PenaltyLine> = new Map(),
): QuizQuestion {
  const guide = localePath(locale, `${sectionPaths.guides}/${question.guide.slug}`);
  const common = {
    id: question.id,
    topic: question.topic,
    kind: question.kind,
    prompt: question.prompt[locale],
    answer: question.answer,
    explanation: question.explanation[locale],
    legalBasis: question.legalBasis.map(({ instrument, article }) => ({
      label: [instrumentNames.get(instrument)?.[locale] ?? instrument, article?.[locale]].filter(Boolean).join(', '),
      href: sourceHref(places, locale, instrument),
    })),
    guideHref: question.guide.anchor ? `${guide}#${question.guide.anchor}` : guide,
    penalties: (question.penalties ?? []).map((id) => {
      const line = penaltyLines.get(id);
      if (!line) throw new Error(`Quiz question "${question.id}": no text for penalty "${id}"`);
      return line;
    }),
  };
  switch (question.kind) {
    case 'true-false':
      return { ...common, options: (['true', 'false'] as const).map((id) => ({ id, label: labels[id] })) };
    case 'multiple-choice':
      return { ...common, options: question.options.map((option) => ({ id: option.id, label: option.text[locale] })) };
    case 'scenario':
      return {
        ...common,
        options: (['allowed', 'violation', 'caution'] as const).map((id) => ({ id, label: labels[id] })),
        checkerHref: checkerHref(locale, question.facts),
      };
  }
}

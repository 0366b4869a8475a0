import type { DayPattern } from '@/lib/i18n/day-pattern';
import type { ListPattern } from '@/lib/i18n/list-pattern';
import type { Message } from '@/lib/i18n/format-message';
import type { Localized } from '@/lib/content/localized';
import { type Evaluation, evaluateScenario } from './evaluate';
import type { CheckerContent } from './load';
import { localizeDeep } from '@/lib/content/localize';
import { withActor } from './query';
import type { FactPair, FlaggedCertainty, LegalBasis, Note, Outcome, Question, RuleChange, RuleLogic, SanctionCode, SanctionSubstitute } from './types';

/** The UI strings of the checker island, already translated on the server. */
export interface CheckerLabels {
  searchLabel: string;
  searchHint: string;
  suggestionsTitle: string;
  suggestionsNone: string;
  optionalStep: string;
  continue: string;
  cancel: string;
  chooseError: string;
  answersTitle: string;
  change: string;
  restart: string;
  verdicts: Record<'allowed' | 'violation' | 'caution' | 'incomplete', string>;
  verdictLeads: Record<'allowed' | 'violation' | 'caution', string>;
  why: string;
  becauseYouChose: string;
  pendingRules: string;
  legalBasis: string;
  sanction: string;
  sanctionIfViolation: string;
  possibleSanctions: string;
  noSanctionSet: string;
  violationTypes: string;
  instead: string;
  report: string;
  uncertain: string;
  notes: string;
  statuses: Record<FlaggedCertainty, string>;
  copyLink: string;
  copied: string;
  copyFailed: string;
  shareWhatsApp: string;
  print: string;
  unknownNotice: string;
  unknownReasons: Record<'key' | 'value' | 'repeated' | 'excess', string>;
  ignoredNotice: string;
  uncovered: string;
  disclaimer: string;
  sourcesLink: string;
  loadingDetails: string;
  detailsFailed: string;
  sources: string;
  /** Dates of the law behind a rule (`RuleDates` namespace); optional so that the card works without them. */
  ruleDates?: RuleDateLabels;
  /** How this locale joins lists of sanctions ("A, B, dan C"; "A atau B"), read from Intl at build time. */
  lists: { and: ListPattern; or: ListPattern };
  /** The result card's parts in the order people act (new in the phone-first card). */
  result: {
    nextSteps: string;
    alreadyDid: string;
    /** "Sanction for {status}": `{status}` is replaced by the chosen status. */
    sanctionFor: Message;
    sanctionIfViolationFor: Message;
    sanctionDepends: string;
    details: string;
    detailsAllowed: string;
    sanctionMeanings: string;
    changeAnswers: string;
    /** "Check the rest of your footprint": the self-check, with the status carried over. */
    footprint: string;
    reportMistake: string;
    /** REPORT_ERROR_URL and the ReportMistake messages, with `{title}` and `{url}` left to fill in. */
    reportBase: string;
    reportSubject: Message;
    reportBody: Message;
  };
  gallery: { title: string; intro: string; needsAnswers: string };
}

/** The words around a rule's dates and criminal provisions on the result card. */
export interface RuleDateLabels {
  /** How the dates are written, read from Intl at build time (lib/i18n/day-pattern.ts). */
  dayPattern: DayPattern;
  inForceSince: string;
  changedOn: string;
  before: string;
  penalties: string;
}

/** One criminal provision (content/penalties.json) in words, as the result card shows it. */
export interface PenaltyText {
  /** E.g. `UU 7/2017 Pasal 494`. */
  name: string;
  /** The penalty today: adjusted by UU 1/2026 from 2 January 2026; figures only where confirmed. */
  now: string;
  /** The old penalties, each with the day it ended: shown only as history. */
  history: string[];
}

export interface ScenarioView {
  id: string;
  title: string;
  facts: FactPair[];
  /** Keywords of both languages: the free text may be in either. */
  keywords: string[];
}

/** What the checker island gets with the page: rule logic, questions, the gallery and labels, in one locale. */
export interface CheckerView {
  locale: string;
  /** The checker page's path (`/id/cek/`): the gallery's links point here, with the case in the fragment. */
  checkerPath: string;
  sourcesPath: string;
  /** Where the rule texts of this locale are (loaded when a result is first shown). */
  textsUrl: string;
  questions: Question<string>[];
  rules: RuleLogic[];
  notes: Note<string>[];
  /** Sanctions that replace others for some actors (honorary staff: contract sanctions). */
  substitutes: SanctionSubstitute[];
  /** Where the free-text box's cases and vocabulary are (loaded when a reader starts to type): most visits never do. */
  searchUrl: string;
  labels: CheckerLabels;
  /** The case gallery's cards, with the short answer for each status a person may have chosen. */
  gallery: GalleryCard[];
  /**
   * The evaluation of an empty scenario (the first question), computed at build time: working it out means
   * exploring every branch of the rules, which a phone should not do while the page starts.
   */
  initial: Evaluation<RuleLogic, Note<string>>;
}

/** A case of the gallery: a real link to the checker, with its short answer worked out at build time. */
export interface GalleryCard {
  id: string;
  title: string;
  summary: string;
  facts: FactPair[];
  /** The verdict for the case as written, and for each other status when the case is written for a PNS. */
  verdicts: Record<string, Outcome>;
}

export interface RuleTexts {
  title: string;
  explanation: string;
  instead: string;
  remedy?: string;
  uncertain?: string;
  violations: string[];
  legalBasis: LegalBasis<string>[];
  report: string[];
  /** The news and official sources behind the rule, with a display name. */
  sources: { id: string; name: string }[];
  refinements: Record<string, { violations: string[]; legalBasis: LegalBasis<string>[]; note?: string; uncertain?: string; penalties?: string[] }>;
  /** The first day the rule's law applies (`validFrom`), if known. */
  inForceSince?: string;
  /** What changed in the law behind the rule, and when, newest first. */
  changes: RuleChange<string>[];
  /** Criminal provisions (content/penalties.json) behind the rule. */
  penalties: string[];
}

export interface ChannelView {
  id: string;
  name: string;
  how: string;
  url?: string;
}

/** The texts of a result, in one locale: loaded on demand, so that the page itself stays light. */
export interface CheckerTexts {
  rules: Record<string, RuleTexts>;
  channels: ChannelView[];
  sanctions: Partial<Record<SanctionCode, { name: string; summary: string }>>;
  /** Short display names of the legal instruments, by id. */
  instruments: Record<string, string>;
  /** Display names of the joint decrees' violation types, by id. */
  violations: Record<string, string>;
  /** The criminal provisions the rules cite, in words, by id. */
  penalties: Record<string, PenaltyText>;
  /** The address of every cited instrument's and source's entry, by id (`sourceHref`). */
  hrefs: Record<string, string>;
}

export interface CheckerCatalog {
  sanctions: Partial<Record<SanctionCode, { name: Localized; summary: Localized }>>;
  instrumentName: (id: string) => Localized;
  violationName: (id: string) => string;
  sourceName: (id: string) => string;
  /** The address of an instrument's or source's entry in one locale (`sourceHref`). */
  sourceHref: (locale: string, id: string) => string;
  /** A criminal provision in words (content/penalties.json); without it the card shows only the ids. */
  penaltyText?: (id: string) => PenaltyText;
}

const unique = <V>(items: V[]) => [...new Set(items)];

/** Orders a scenario's facts by the asking order, so that its link matches the checker's own. */
export function orderFacts(facts: Record<string, string>, questions: { key: string }[]): FactPair[] {
  return questions.filter((question) => question.key in facts).map((question) => ({ fact: question.key, value: facts[question.key] as string }));
}

/** The checker island's props for one locale: only the logic of the rules, no texts of results. */
export function buildCheckerView(content: CheckerContent, locale: string, labels: CheckerLabels, paths: { checker: string; sources: string; texts: string; search: string }): CheckerView {
  const { questions, rules, notes } = content.ruleSet;
  const logic = {
    questions: localizeDeep(questions, locale),
    rules: rules.map(({ id, when, verdict, sanctions, possibleSanctions, refinements, validFrom, validTo }) => ({
      id,
      when,
      verdict,
      sanctions,
      ...(possibleSanctions?.length ? { possibleSanctions } : {}),
      refinements: refinements.map((refinement) => ({
        id: refinement.id,
        when: refinement.when,
        sanctions: refinement.sanctions,
        ...(refinement.possibleSanctions?.length ? { possibleSanctions: refinement.possibleSanctions } : {}),
      })),
      ...(validFrom ? { validFrom } : {}),
      ...(validTo ? { validTo } : {}),
    })),
    notes: localizeDeep(notes, locale),
    substitutes: content.ruleSet.substitutes ?? [],
  };
  const actors = questions.find((question) => question.key === 'actor')?.options.map((option) => option.value) ?? [];
  const gallery = content.scenarios
    .filter((scenario) => scenario.gallery)
    .map((scenario): GalleryCard => {
      const facts = orderFacts(scenario.facts, questions);
      const written = scenario.facts.actor ?? '';
      const statuses = written === 'pns' ? actors : [written];
      return {
        id: scenario.id,
        title: localizeDeep(scenario.title, locale),
        summary: localizeDeep(scenario.summary, locale),
        facts,
        verdicts: Object.fromEntries(
          statuses.map((actor) => [actor, evaluateScenario(logic, withActor(facts, actor).map(({ fact, value }) => [fact, value] as const)).verdict]),
        ),
      };
    });
  return {
    locale,
    checkerPath: paths.checker,
    sourcesPath: paths.sources,
    textsUrl: paths.texts,
    searchUrl: paths.search,
    ...logic,
    gallery,
    labels,
    initial: evaluateScenario(logic, []),
  };
}

/** The free-text box's cases in one locale, with the keywords of both languages (served as search-data.json). */
export function scenarioViews(content: CheckerContent, locale: string): ScenarioView[] {
  return content.scenarios.map((scenario) => ({
    id: scenario.id,
    title: localizeDeep(scenario.title, locale),
    facts: orderFacts(scenario.facts, content.ruleSet.questions),
    keywords: [...scenario.keywords.id, ...scenario.keywords.en],
  }));
}

/** The texts of every rule, channel and cited name, in one locale. */
export function buildCheckerTexts(content: CheckerContent, locale: string, catalog: CheckerCatalog): CheckerTexts {
  const { rules } = content.ruleSet;
  const bases = rules.flatMap((rule) => [...rule.legalBasis, ...rule.refinements.flatMap((refinement) => refinement.legalBasis)]);
  const violations = rules.flatMap((rule) => [...rule.violations, ...rule.refinements.flatMap((refinement) => refinement.violations)]);
  return {
    rules: Object.fromEntries(
      rules.map((rule) => [
        rule.id,
        localizeDeep(
          {
            title: rule.title,
            explanation: rule.explanation,
            instead: rule.instead,
            ...(rule.remedy ? { remedy: rule.remedy } : {}),
            ...(rule.uncertain ? { uncertain: rule.uncertain } : {}),
            violations: rule.violations,
            legalBasis: rule.legalBasis,
            report: rule.report,
            sources: rule.sources.map((id) => ({ id, name: catalog.sourceName(id) })),
            refinements: Object.fromEntries(
              rule.refinements.map(({ id, violations: types, legalBasis, note, uncertain, penalties }) => [
                id,
                { violations: types, legalBasis, ...(note ? { note } : {}), ...(uncertain ? { uncertain } : {}), ...(penalties?.length ? { penalties } : {}) },
              ]),
            ),
            ...(rule.validFrom ? { inForceSince: rule.validFrom } : {}),
            changes: [...(rule.changes ?? [])].sort((a, b) => b.date.localeCompare(a.date)),
            penalties: rule.penalties ?? [],
          },
          locale,
        ),
      ]),
    ),
    channels: localizeDeep(content.channels, locale),
    sanctions: localizeDeep(catalog.sanctions, locale),
    instruments: Object.fromEntries(bases.map(({ instrument }) => [instrument, localizeDeep(catalog.instrumentName(instrument), locale)])),
    violations: Object.fromEntries(violations.map((id) => [id, catalog.violationName(id)])),
    penalties: Object.fromEntries(
      unique(rules.flatMap((rule) => [...(rule.penalties ?? []), ...rule.refinements.flatMap((refinement) => refinement.penalties ?? [])])).flatMap((id) =>
        catalog.penaltyText ? [[id, catalog.penaltyText(id)]] : [],
      ),
    ),
    hrefs: Object.fromEntries(
      unique([...bases.map(({ instrument }) => instrument), ...rules.flatMap((rule) => rule.sources)]).map((id) => [id, catalog.sourceHref(locale, id)]),
    ),
  };
}

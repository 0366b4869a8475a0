/**
 * The checker's closed vocabularies, defined once. Plain constants with no zod, so that island components may
 * import them; the zod schemas (lib/rules/schema.ts, lib/content/*.ts) are built from these lists, and the
 * engine's types (lib/rules/types.ts) are derived from them. docs/scenario-vocabulary.md is generated from
 * this file (scripts/write-vocabulary-doc.ts).
 */

/** What a rule says about a situation, strongest first. */
export const verdicts = ['violation', 'caution', 'allowed'] as const;
export type Verdict = (typeof verdicts)[number];

/** The checker's answer: a verdict, or `incomplete` while a fact it needs is missing. */
export const outcomes = [...verdicts, 'incomplete'] as const;
export type Outcome = (typeof outcomes)[number];

/**
 * The sanction codes shared by content/sanctions.json, the rules, the violation types and the quiz (a contract:
 * never rename), mildest first.
 */
export const sanctionCodes = ['moral', 'disiplin_ringan', 'disiplin_sedang', 'disiplin_berat', 'ptdh', 'pidana', 'kontrak'] as const;
export type SanctionCode = (typeof sanctionCodes)[number];

/**
 * How sure a legal fact or citation is (the certainty field of content/sources.json's claims and of every
 * legal basis): `verified` (two independent sources or one primary text), `reported` (one reputable secondary
 * source), `unconfirmed` (not confirmed: never shown as fact), `conflicting` (official sources disagree: shown
 * as a disagreement).
 */
export const certainties = ['verified', 'reported', 'unconfirmed', 'conflicting'] as const;
export type Certainty = (typeof certainties)[number];
/** The certainties the reader is warned about: everything but `verified`. */
export type FlaggedCertainty = Exclude<Certainty, 'verified'>;

/**
 * A violation type of the joint decrees (content/violations.json): `skb2020-01`…`skb2020-16`,
 * `skb2022-ke-1`…`-7`, `skb2022-d-1`…`-13`.
 */
export const violationIdPattern = /^(skb2020-(0[1-9]|1[0-6])|skb2022-ke-[1-7]|skb2022-d-([1-9]|1[0-3]))$/;
export const violationIdHint = 'expected skb2020-NN, skb2022-ke-N or skb2022-d-N';

/**
 * The scenario checker's public vocabulary (a published contract): every fact key that the checker's URL, the
 * command line and the quiz accept, with its allowed values. The checker's questions must cover it
 * (lib/rules/content.test.ts), and a quiz scenario's facts are checked against it at build time.
 */
export const scenarioVocabulary = {
  actor: ['pns', 'cpns', 'pppk', 'tni', 'polri', 'non_asn'],
  activity: [
    'vote',
    'social_media',
    'photo_with_candidate',
    'attend_declaration',
    'attend_campaign',
    'campaign_team',
    'speak_at_party_event',
    'seek_own_candidacy',
    'declare_own_candidacy',
    'become_candidate',
    'install_banner',
    'partisan_gathering',
    'support_independent_candidate',
    'spouse_campaign',
    'use_state_facilities',
    'official_decision',
    'party_membership',
    'ormas_membership',
    'religious_event',
    'election_staff',
    'party_witness',
    'donate_campaign',
    'group_admin',
    'relative_campaign_home',
    'teach_about_election',
    'write_opinion',
    'attend_party_event',
    'repost_old_photo',
  ],
  service_years: ['under_5', '5_or_more'],
  office_sought: ['dpr_dprd', 'dpd', 'president', 'regional_head', 'village_head'],
  permission: ['yes', 'no'],
  group_kind: ['office', 'private'],
  hosts_meetings: ['yes', 'no'],
  steers_students: ['yes', 'no'],
  stance: ['analysis', 'promotes', 'attacks'],
  election: ['pemilu', 'pilkada'],
  target_stage: ['prospective', 'candidate', 'party'],
  holds_position: ['yes', 'no'],
  sm_action: ['post', 'comment', 'share', 'like', 'follow', 'join_group'],
  sm_target: ['candidate', 'party', 'campaign_team', 'official_info', 'news_item'],
  participation: ['passive', 'active'],
  attributes: ['none', 'civil_service', 'party', 'candidate'],
  mobilize: ['yes', 'no'],
  state_facilities: ['yes', 'no'],
  gesture: ['yes', 'no'],
  posted: ['yes', 'no'],
  duty_letter: ['yes', 'no'],
  on_leave: ['yes', 'no'],
  resigned: ['yes', 'no'],
  party_role: ['member', 'officer'],
  ormas_party_affiliated: ['yes', 'no', 'unknown'],
  candidate_campaigns: ['yes', 'no'],
  stays: ['yes', 'no'],
} as const satisfies Record<string, readonly string[]>;

export type FactKey = keyof typeof scenarioVocabulary;

/** The problems of a fact set against the vocabulary, as readable lines (empty when all is well). */
export function factProblems(facts: Record<string, string>): string[] {
  const problems: string[] = [];
  for (const [key, value] of Object.entries(facts)) {
    if (!(key in scenarioVocabulary)) {
      problems.push(`unknown fact "${key}"`);
      continue;
    }
    const allowed: readonly string[] = scenarioVocabulary[key as FactKey];
    if (!allowed.includes(value)) problems.push(`fact "${key}" cannot be "${value}" (expected ${allowed.join(' | ')})`);
  }
  for (const required of ['actor', 'activity'] as const) {
    if (!(required in facts)) problems.push(`fact "${required}" is required`);
  }
  return problems;
}

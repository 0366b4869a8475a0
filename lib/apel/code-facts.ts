import { type CompletionFields, scorePercent } from './completion-code';

export interface CodeContext {
  /** Fingerprint of the event the official has open (from the page's link), or null without one. */
  event: number | null;
  /** This site's content version (`yyyy-mm-dd`). */
  contentVersion: string;
  passPercent: number;
  roundSizes: { short: number; full: number };
}

export interface CodeFacts {
  percent: number;
  passed: boolean;
  round: 'short' | 'full' | 'other';
  /** `none`: the quiz was not opened from an assembly link; `unknown`: the official has no event open to compare. */
  event: 'none' | 'match' | 'other' | 'unknown';
  content: 'same' | 'older' | 'newer';
}

/** What a consistent code says, compared with the official's event and this site's content. */
export function codeFacts(fields: CompletionFields, context: CodeContext): CodeFacts {
  const percent = scorePercent(fields);
  const round = fields.total === context.roundSizes.short ? 'short' : fields.total === context.roundSizes.full ? 'full' : 'other';
  const event = fields.event === 0 ? 'none' : context.event === null ? 'unknown' : fields.event === context.event ? 'match' : 'other';
  const content = fields.contentVersion === context.contentVersion ? 'same' : fields.contentVersion < context.contentVersion ? 'older' : 'newer';
  return { percent, passed: percent >= context.passPercent, round, event, content };
}

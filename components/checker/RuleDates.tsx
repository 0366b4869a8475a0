import { formatDayWith } from '@/lib/i18n/day-pattern';
import type { PenaltyText, RuleDateLabels, RuleTexts } from '@/lib/rules/browser';

interface Props {
  text: RuleTexts;
  /** The criminal provisions of the rule and of its refinements that hold. */
  penaltyIds: string[];
  penalties: Record<string, PenaltyText>;
  labels: RuleDateLabels;
}

/**
 * When the law behind a rule took effect, what changed and when, and its criminal provisions as they stand
 * today. Earlier law and old penalty figures sit inside `data-penalty-history`: they are history, never today's answer.
 */
export function RuleDates({ text, penaltyIds, penalties, labels }: Props) {
  const day = (date: string) => formatDayWith(date, labels.dayPattern);
  const provisions = penaltyIds.map((id) => penalties[id]).filter((item) => item !== undefined);
  if (!text.inForceSince && !text.changes.length && !provisions.length) return null;
  return (
    <div className="grid gap-2 text-sm">
      {text.inForceSince && (
        <p>
          {labels.inForceSince} <time dateTime={text.inForceSince}>{day(text.inForceSince)}</time>
        </p>
      )}
      {text.changes.map((change) => (
        <div key={change.date}>
          <p>
            <span className="font-semibold">
              {labels.changedOn} <time dateTime={change.date}>{day(change.date)}</time>:
            </span>{' '}
            {change.summary}
          </p>
          <p className="text-muted" data-penalty-history>
            {labels.before} {change.before}
          </p>
        </div>
      ))}
      {provisions.length > 0 && (
        <div>
          <h4 className="font-semibold">{labels.penalties}</h4>
          <ul className="mt-1 grid gap-1">
            {provisions.map((provision) => (
              <li key={provision.name}>
                <strong>{provision.name}</strong>: {provision.now}{' '}
                <span className="text-muted" data-penalty-history>
                  {provision.history.join(' ')}
                </span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

import { formatMessage } from '@/lib/i18n/format-message';
import { formatList } from '@/lib/i18n/list-pattern';
import { type CheckerTexts, type CheckerView, type FactPair, type Note, type SanctionCode, statusLabel, type Verdict } from '@/lib/rules/browser';

interface Props {
  verdict: Exclude<Verdict, 'allowed'>;
  sanctions: SanctionCode[];
  possible: SanctionCode[];
  facts: FactPair[];
  /** Notes on how the sanction differs for the person's status (PPPK, CPNS, honorer). */
  statusNotes: Note<string>[];
  view: CheckerView;
  texts: CheckerTexts | null | undefined;
}

/**
 * One sanction line for the status the person chose ("Sanction for PPPK: …"), followed by what differs for
 * that status, so that a PPPK never reads a PNS sanction first. What each sanction means is in the details.
 */
export function ResultSanction({ verdict, sanctions, possible, facts, statusNotes, view, texts }: Props) {
  const { labels } = view;
  const locale = view.locale;
  const name = (code: SanctionCode) => texts?.sanctions[code]?.name ?? code;
  const and = (codes: SanctionCode[]) => formatList(codes.map(name), labels.lists.and);
  const or = (codes: SanctionCode[]) => formatList(codes.map(name), labels.lists.or);
  const status = statusLabel(facts, view.questions) ?? '';
  const lead = formatMessage(verdict === 'violation' ? labels.result.sanctionFor : labels.result.sanctionIfViolationFor, locale, { status });
  const line =
    sanctions.length && possible.length
      ? `${and(sanctions)}; ${labels.result.sanctionDepends}: ${or(possible)}`
      : sanctions.length
        ? and(sanctions)
        : possible.length
          ? `${or(possible)} (${labels.result.sanctionDepends})`
          : labels.noSanctionSet;
  return (
    <div className="rounded-lg border-l-4 border-current p-3 text-ink" data-part="sanction">
      <h3 className="font-bold">{lead}</h3>
      <p>{line}</p>
      {statusNotes.map((note) => (
        <p key={note.id} className="mt-1">
          {note.text}
          {note.status !== 'verified' && <span className="text-sm text-muted"> ({labels.statuses[note.status]})</span>}
        </p>
      ))}
    </div>
  );
}

import type { Certainty, CheckerTexts, CheckerView, Evaluation, FactPair, Note, RuleLogic, RuleView, Verdict } from '@/lib/rules/browser';

interface Props {
  verdict: Verdict;
  rules: RuleView[];
  result: Evaluation<RuleLogic, Note<string>>;
  /** The notes not already shown with the sanction. */
  notes: Note<string>[];
  view: CheckerView;
  texts: CheckerTexts | null | undefined;
}

const unique = <V,>(items: V[]) => [...new Set(items)];

/**
 * The reference part, collapsed: legal basis, violation types, what each sanction means, the answers that
 * decided it, notes, sources and, unless the act is allowed, where to report.
 */
export function ResultDetails({ verdict, rules, result, notes, view, texts }: Props) {
  const { labels } = view;
  const status = (certainty: Certainty) => (certainty === 'verified' ? null : <span className="text-sm text-muted"> ({labels.statuses[certainty]})</span>);
  const factText = ({ fact, value }: FactPair) => {
    const question = view.questions.find((candidate) => candidate.key === fact);
    return `${question?.summary ?? fact}: ${question?.options.find((option) => option.value === value)?.label ?? value}`;
  };
  const basis = rules.flatMap((rule) => rule.basis).filter((item, index, all) => all.findIndex((other) => other.instrument === item.instrument && other.article === item.article) === index);
  const violations = unique(rules.flatMap((rule) => rule.violations));
  const sanctions = verdict === 'allowed' ? [] : unique([...result.sanctions, ...result.possibleSanctions]);
  const trace = unique(rules.flatMap((rule) => rule.trace.map(factText)));
  const sources = rules.flatMap((rule) => rule.text?.sources ?? []).filter((source, index, all) => all.findIndex((other) => other.id === source.id) === index);
  const channels = verdict === 'allowed' ? [] : unique(rules.flatMap((rule) => rule.text?.report ?? []));

  return (
    <details data-print-open className="rounded-lg border border-line">
      <summary className="min-h-11 cursor-pointer px-3 py-2 font-semibold text-brand">{verdict === 'allowed' ? labels.result.detailsAllowed : labels.result.details}</summary>
      <div className="grid gap-4 border-t border-line p-3">
        {basis.length > 0 && (
          <div>
            <h3 className="font-semibold">{labels.legalBasis}</h3>
            <ul className="mt-1 list-disc pl-5">
              {basis.map((item) => (
                <li key={`${item.instrument}-${item.article}`}>
                  <a className="link" href={texts?.hrefs[item.instrument] ?? view.sourcesPath}>
                    {texts?.instruments[item.instrument] ?? item.instrument}
                  </a>{' '}
                  {item.article}
                  {status(item.status)}
                </li>
              ))}
            </ul>
          </div>
        )}
        {violations.length > 0 && (
          <p>
            <span className="font-semibold">{labels.violationTypes}: </span>
            {violations.map((id) => texts?.violations[id] ?? id).join('; ')}
          </p>
        )}
        {sanctions.length > 0 && (
          <div>
            <h3 className="font-semibold">{labels.result.sanctionMeanings}</h3>
            <ul className="mt-1 grid gap-1">
              {sanctions.map((code) => (
                <li key={code}>
                  <strong>{texts?.sanctions[code]?.name ?? code}</strong>
                  {texts?.sanctions[code] && <span className="block text-muted">{texts.sanctions[code]?.summary}</span>}
                </li>
              ))}
            </ul>
          </div>
        )}
        {trace.length > 0 && (
          <p className="text-muted">
            {labels.becauseYouChose}: {trace.join('; ')}
          </p>
        )}
        {notes.length > 0 && (
          <div>
            <h3 className="font-semibold">{labels.notes}</h3>
            <ul className="mt-1 list-disc pl-5">
              {notes.map((note) => (
                <li key={note.id}>
                  {note.text}
                  {status(note.status)}
                </li>
              ))}
            </ul>
          </div>
        )}
        {sources.length > 0 && (
          <p className="text-sm">
            <span className="font-semibold">{labels.sources}: </span>
            {sources.map((source, index) => (
              <span key={source.id}>
                {index > 0 && '; '}
                <a className="link" href={texts?.hrefs[source.id] ?? view.sourcesPath}>
                  {source.name}
                </a>
              </span>
            ))}
          </p>
        )}
        {channels.length > 0 && (
          <div>
            <h3 className="font-semibold">{labels.report}</h3>
            <ul className="mt-1 grid gap-2">
              {channels.map((id) => {
                const channel = texts?.channels.find((candidate) => candidate.id === id);
                return (
                  channel && (
                    <li key={id}>
                      <strong>{channel.name}</strong>: {channel.how}
                      {channel.url && (
                        <>
                          {' '}
                          <a className="link break-all" href={channel.url} rel="noopener noreferrer">
                            {channel.url.replace(/^https:\/\//, '').replace(/\/$/, '')}
                          </a>
                        </>
                      )}
                    </li>
                  )
                );
              })}
            </ul>
          </div>
        )}
        <p className="text-sm text-muted">
          {labels.disclaimer}{' '}
          <a className="link" href={view.sourcesPath}>
            {labels.sourcesLink}
          </a>
        </p>
      </div>
    </details>
  );
}

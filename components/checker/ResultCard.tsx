import type { Ref } from 'react';
import type { Evaluation } from '@/lib/rules/evaluate';
import type { Certainty, FactPair, Note, RuleLogic, SanctionCode, Verdict } from '@/lib/rules/types';
import type { CheckerTexts, CheckerView } from '@/lib/rules/view-model';
import { RuleDates } from './RuleDates';
import { ShareActions } from './ShareActions';
import { VerdictIcon, verdictTone } from './VerdictIcon';

interface Props {
  verdict: Verdict;
  result: Evaluation<RuleLogic, Note<string>>;
  view: CheckerView;
  /** The result texts; undefined while they load, null if they could not be loaded. */
  texts: CheckerTexts | null | undefined;
  query: string;
  headingRef: Ref<HTMLHeadingElement>;
}

const unique = <V,>(items: V[]) => [...new Set(items)];

/** The answer: verdict in words, colour and icon; why; legal basis; sanction; what to do instead; where to report. */
export function ResultCard({ verdict, result, view, texts, query, headingRef }: Props) {
  const { labels } = view;
  const factText = ({ fact, value }: FactPair) => {
    const question = view.questions.find((candidate) => candidate.key === fact);
    return `${question?.summary ?? fact}: ${question?.options.find((option) => option.value === value)?.label ?? value}`;
  };
  const status = (certainty: Certainty) => (certainty === 'verified' ? null : <span className="text-sm text-muted"> ({labels.statuses[certainty]})</span>);
  const sanctionItem = (code: SanctionCode) => {
    const sanction = texts?.sanctions[code];
    return (
      <li key={code}>
        <strong>{sanction?.name ?? code}</strong>
        {sanction && <span className="block text-muted">{sanction.summary}</span>}
      </li>
    );
  };
  const channels = unique(result.rules.flatMap((hit) => texts?.rules[hit.rule.id]?.report ?? []));
  const pending = result.rules.some((hit) => hit.pending);

  return (
    <section aria-labelledby="result-title" className="mt-6 overflow-hidden rounded-xl border-2 border-line bg-canvas print:border-black">
      <div className={`border-b-2 p-4 sm:p-5 ${verdictTone[verdict]}`}>
        <h2 id="result-title" ref={headingRef} tabIndex={-1} className="flex items-center gap-3 text-2xl font-bold focus:outline-none">
          <VerdictIcon verdict={verdict} />
          {labels.verdicts[verdict]}
        </h2>
        <p className="mt-1 font-semibold">{labels.verdictLeads[verdict]}</p>
      </div>
      <div className="grid gap-6 p-4 sm:p-5">
        {result.uncovered && <p>{labels.uncovered}</p>}
        {texts === undefined && <p role="status">{labels.loadingDetails}</p>}
        {texts === null && <p role="alert">{labels.detailsFailed}</p>}
        {pending && <p className="font-semibold">{labels.pendingRules}</p>}
        {result.rules.map(({ rule, because, refinements, sanctions, possibleSanctions }) => {
          const text = texts?.rules[rule.id];
          const matched = refinements.map(({ refinement }) => text?.refinements[refinement.id]).filter((item) => item !== undefined);
          const basis = [...(text?.legalBasis ?? []), ...matched.flatMap((refinement) => refinement.legalBasis)];
          const violations = unique([...(text?.violations ?? []), ...matched.flatMap((refinement) => refinement.violations)]);
          const uncertain = [text?.uncertain, ...matched.map((refinement) => refinement.uncertain)].filter(Boolean);
          const notes = matched.map((refinement) => refinement.note).filter(Boolean);
          const trace = [...because, ...refinements.flatMap((refinement) => refinement.because)];
          return (
            <article key={rule.id} className="grid gap-3">
              {text && (
                <h3 className="flex items-center gap-2 text-lg font-bold">
                  <VerdictIcon verdict={rule.verdict} className="size-5" />
                  {text.title}
                </h3>
              )}
              <div>
                {text && (
                  <>
                    <h4 className="font-semibold">{labels.why}</h4>
                    <p>{text.explanation}</p>
                  </>
                )}
                <p className="mt-1 text-muted">
                  {labels.becauseYouChose}: {unique(trace.map(factText)).join('; ')}
                </p>
              </div>
              {uncertain.length > 0 && (
                <div className="rounded-lg border-l-4 border-caution bg-caution-bg p-3">
                  <h4 className="font-semibold text-caution">{labels.uncertain}</h4>
                  {uncertain.map((item) => (
                    <p key={item}>{item}</p>
                  ))}
                </div>
              )}
              <div>
                <h4 className="font-semibold">{rule.verdict === 'violation' ? labels.sanction : labels.sanctionIfViolation}</h4>
                {sanctions.length > 0 ? <ul className="mt-1 grid gap-1">{sanctions.map(sanctionItem)}</ul> : !possibleSanctions.length && <p>{labels.noSanctionSet}</p>}
                {possibleSanctions.length > 0 && (
                  <>
                    <p className="mt-1">{labels.possibleSanctions}</p>
                    <ul className="mt-1 grid gap-1">{possibleSanctions.map(sanctionItem)}</ul>
                  </>
                )}
              </div>
              {basis.length > 0 && (
                <div>
                  <h4 className="font-semibold">{labels.legalBasis}</h4>
                  <ul className="mt-1 list-disc pl-5">
                    {basis.map((item) => (
                      <li key={`${item.instrument}-${item.article}`}>
                        <a className="link" href={`${view.sourcesPath}#${item.instrument}`}>
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
              {notes.map((note) => (
                <p key={note}>{note}</p>
              ))}
              {text && texts && labels.ruleDates && (
                <RuleDates
                  text={text}
                  penaltyIds={[...text.penalties, ...matched.flatMap((refinement) => refinement.penalties ?? [])]}
                  penalties={texts.penalties}
                  labels={labels.ruleDates}
                />
              )}
              {text && (
                <div>
                  <h4 className="font-semibold">{labels.instead}</h4>
                  <p>{text.instead}</p>
                </div>
              )}
              {text && text.sources.length > 0 && (
                <p className="text-sm">
                  <span className="font-semibold">{labels.sources}: </span>
                  {text.sources.map((source, index) => (
                    <span key={source.id}>
                      {index > 0 && '; '}
                      <a className="link" href={`${view.sourcesPath}#${source.id}`}>
                        {source.name}
                      </a>
                    </span>
                  ))}
                </p>
              )}
            </article>
          );
        })}
        {result.notes.length > 0 && (
          <div>
            <h3 className="font-bold">{labels.notes}</h3>
            <ul className="mt-1 list-disc pl-5">
              {result.notes.map((note) => (
                <li key={note.id}>
                  {note.text}
                  {status(note.status)}
                </li>
              ))}
            </ul>
          </div>
        )}
        {channels.length > 0 && (
          <div>
            <h3 className="font-bold">{labels.report}</h3>
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
        <ShareActions query={query} verdictText={labels.verdicts[verdict]} title={texts?.rules[result.rules[0]?.rule.id ?? '']?.title ?? ''} labels={labels} />
      </div>
    </section>
  );
}

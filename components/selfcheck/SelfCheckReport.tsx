import { formatMessage } from '@/lib/i18n/format-message';
import { type ReactNode, type Ref, useEffect, useState } from 'react';
import { VerdictIcon, verdictTone } from '@/components/checker/VerdictIcon';
import { CopyTextButton } from '@/components/report/CopyTextButton';
import type { Answers } from '@/lib/selfcheck/flow';
import type { Report, ReportArea } from '@/lib/selfcheck/report';
import { areaBasis, areaName, reportText } from '@/lib/selfcheck/report-text';
import type { SelfCheckData } from '@/lib/selfcheck/view';
import type { SelfCheckLabels, SelfCheckPaths } from './SelfCheck';
import './selfcheck.css';

interface Props {
  report: Report;
  data: SelfCheckData;
  answers: Answers;
  labels: SelfCheckLabels;
  paths: SelfCheckPaths;
  headingRef: Ref<HTMLHeadingElement>;
  answerList: ReactNode;
}

const unique = <V,>(items: V[]) => [...new Set(items)];

/** The personal report: areas to deal with (heaviest first), what is fine, and the answers with their change buttons. */
export function SelfCheckReport({ report, data, answers, labels, paths, headingRef, answerList }: Props) {
  const [origin, setOrigin] = useState('');
  useEffect(() => setOrigin(window.location.origin), []);
  const text = reportText(report, data, answers, labels, `${origin}${paths.checker}`);
  const status = data.questions.find((question) => question.kind === 'status');
  const statusLabel = status?.kind === 'status' ? status.options.find((option) => option.value === answers.get(status.id))?.label : '';
  const pressure = data.questions.find((question) => question.kind === 'pressure');

  const area = (item: ReportArea, index: number) => {
    const question = data.questions.find((candidate) => candidate.id === item.question);
    const { verdict } = item.result;
    const sanctions = unique(item.result.rules.flatMap((rule) => rule.sanctions));
    const possible = unique(item.result.rules.flatMap((rule) => rule.possibleSanctions)).filter((code) => !sanctions.includes(code));
    const basis = areaBasis(item, data);
    const uncertain = unique(
      item.result.rules.flatMap((hit) => [data.rules[hit.id]?.uncertain, ...hit.refinements.map((id) => data.rules[hit.id]?.refinements[id]?.uncertain)]),
    ).filter((note): note is string => Boolean(note));
    const name = areaName(item, data.questions, data);
    const instead = unique(item.result.rules.map((hit) => data.rules[hit.id]?.instead)).filter((text): text is string => Boolean(text));
    return (
      <li key={item.key} className="report-area overflow-hidden rounded-xl border-2 border-line">
        <h4 className={`flex items-center gap-2 border-b-2 p-3 text-lg font-bold ${verdictTone[verdict]}`}>
          <VerdictIcon verdict={verdict} className="size-6" />
          <span>
            {index + 1}. {name}: {labels.verdicts[verdict]}
          </span>
        </h4>
        <div className="grid gap-1 p-3">
          {item.answer === 'unsure' && <p className="font-semibold">{labels.unsureNote}</p>}
          <p className="font-semibold">{labels.rule}</p>
          <p className="mb-2">{item.result.rules.map((rule) => data.rules[rule.id]?.title ?? rule.id).join('; ')}</p>
          {basis.length > 0 && (
            <>
              <p className="font-semibold">{labels.legalBasis}</p>
              <div className="mb-2">
                <ul className="list-disc pl-5">
                  {unique(basis.map((entry) => `${entry.instrument}|${entry.article}`)).map((id) => {
                    const entry = basis.find((candidate) => `${candidate.instrument}|${candidate.article}` === id);
                    return (
                      entry && (
                        <li key={id}>
                          <a className="link" href={entry.href}>
                            {entry.name}
                          </a>{' '}
                          {entry.article}
                          {entry.status !== 'verified' && <span className="text-sm text-muted"> ({labels.statuses[entry.status]})</span>}
                        </li>
                      )
                    );
                  })}
                </ul>
              </div>
            </>
          )}
          <p className="font-semibold">{verdict === 'violation' ? labels.sanction : labels.sanctionIfViolation}</p>
          <div className="mb-2">
            {sanctions.length > 0 && <p>{sanctions.map((code) => data.sanctions[code] ?? code).join('; ')}</p>}
            {possible.length > 0 && (
              <p>
                {labels.possibleSanctions}: {possible.map((code) => data.sanctions[code] ?? code).join('; ')}
              </p>
            )}
            {!sanctions.length && !possible.length && <p>{labels.noSanctionSet}</p>}
          </div>
          {uncertain.length > 0 && (
            <>
              <p className="font-semibold text-caution">{labels.uncertain}</p>
              {uncertain.map((note) => (
                <p key={note}>{note}</p>
              ))}
            </>
          )}
          {question && 'todo' in question && (
            <>
              <p className="font-semibold">{labels.todo}</p>
              <p className="mb-2">{question.todo}</p>
            </>
          )}
          {instead.length > 0 && (
            <>
              <p className="font-semibold">{labels.instead}</p>
              {instead.map((text) => (
                <p key={text}>{text}</p>
              ))}
            </>
          )}
          <p className="mt-1 print:hidden">
            <a className="link font-semibold" href={`${paths.checker}#${item.key}`}>
              {labels.openChecker}
              <span className="sr-only">: {name}</span>
            </a>
          </p>
        </div>
      </li>
    );
  };

  return (
    <section aria-labelledby="selfcheck-report" data-print-alone="" className="selfcheck-report mt-6">
      <h2 id="selfcheck-report" ref={headingRef} tabIndex={-1} className="text-2xl font-bold focus:outline-none">
        {labels.reportTitle}
      </h2>
      <p className="mt-1">{formatMessage(labels.statusLine, data.locale, { status: statusLabel ?? '' })}</p>
      <p className="mt-1 max-w-prose text-muted">{labels.reportLead}</p>

      <h3 className="mt-6 text-xl font-bold">{labels.risksTitle}</h3>
      {report.risks.length ? <ol className="mt-3 grid gap-4">{report.risks.map(area)}</ol> : <p className="mt-2">{labels.noRisks}</p>}

      {report.missing.length > 0 && (
        <div className="mt-4 rounded-xl border-l-4 border-caution bg-caution-bg p-4">
          <p className="font-semibold">{labels.missing}</p>
          <ul className="mt-1 list-disc pl-5">
            {report.missing.map((key) => (
              <li key={key}>
                <a className="link break-all" href={`${paths.checker}#${key}`}>
                  {key}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}

      {report.pressure && (
        <div className="mt-6 rounded-xl border-l-4 border-brand bg-surface p-4">
          <h3 className="text-lg font-bold">{labels.pressureTitle}</h3>
          {pressure && 'todo' in pressure && <p className="mt-1">{pressure.todo}</p>}
          <p className="mt-2 print:hidden">
            <a className="link font-semibold" href={paths.pressure}>
              {labels.pressureLink}
            </a>
          </p>
        </div>
      )}

      {report.fine.length > 0 && (
        <>
          <h3 className="mt-6 text-xl font-bold">{labels.fineTitle}</h3>
          <p className="mt-1">{labels.fineLead}</p>
          <ul className="mt-2 grid gap-2">
            {report.fine.map((item) => (
              <li key={item.key} className="flex items-start gap-2">
                <VerdictIcon verdict="allowed" className="mt-0.5 size-5 text-allowed" />
                <span>
                  {areaName(item, data.questions, data)}
                  {item.answer !== 'no' && <>: {item.result.rules.map((rule) => data.rules[rule.id]?.title ?? rule.id).join('; ')}</>}{' '}
                  <a className="link print:hidden" href={`${paths.checker}#${item.key}`}>
                    {labels.openChecker}
                    <span className="sr-only">: {areaName(item, data.questions, data)}</span>
                  </a>
                </span>
              </li>
            ))}
          </ul>
        </>
      )}

      {report.clear.length > 0 && (
        <>
          <h3 className="mt-6 text-xl font-bold">{labels.clearTitle}</h3>
          <p className="mt-1">
            {report.clear
              .map((id) => data.questions.find((question) => question.id === id))
              .map((question) => (question && 'area' in question ? question.area : ''))
              .filter(Boolean)
              .join(' · ')}
          </p>
        </>
      )}

      <div className="mt-6 flex flex-wrap items-start gap-3 print:hidden">
        <button type="button" className="btn" onClick={() => window.print()}>
          {labels.print}
        </button>
        <CopyTextButton text={text} labels={{ copy: labels.copyText, copied: labels.copied, copyFailed: labels.copyFailed }} showTextOnFailure className="btn btn-secondary" />
      </div>
      <p className="mt-4 text-sm text-muted print:hidden">{labels.bookmark}</p>
      <p className="mt-2 text-sm text-muted">
        {labels.disclaimer} {formatMessage(labels.checkedOn, data.locale, { date: data.lastChecked })}
      </p>
      <div className="print:hidden">{answerList}</div>
    </section>
  );
}

'use client';

import { formatMessage, type Message } from '@/lib/i18n/format-message';
import { useEffect, useMemo, useRef, useState } from 'react';
import { AnswerList } from '@/components/checker/AnswerList';
import { QuestionStep } from '@/components/checker/QuestionStep';
import { type Answers, askedQuestions, type FragmentProblem, firstUnanswered, parseFragment, pruneAnswers, serializeAnswers } from '@/lib/selfcheck/flow';
import { buildReport } from '@/lib/selfcheck/report';
import type { FlaggedCertainty } from '@/lib/rules/browser';
import type { SelfCheckQuestion } from '@/lib/selfcheck/types';
import type { ReportTextLabels } from '@/lib/selfcheck/report-text';
import type { SelfCheckPageData, SelfCheckReportData } from '@/lib/selfcheck/view';
import { useJsonWhenIdle } from '@/components/islands/load-json';
import { SelfCheckReport } from './SelfCheckReport';

/** The report's own words come from the text report's labels; these are the rest of the self-check's. */
export interface SelfCheckLabels extends ReportTextLabels {
  privacy: string;
  progress: Message;
  yes: string;
  no: string;
  unsure: string;
  continue: string;
  back: string;
  chooseError: string;
  answersTitle: string;
  change: string;
  restart: string;
  reportTitle: string;
  reportLead: string;
  noSanctionSet: string;
  uncertain: string;
  openChecker: string;
  fineLead: string;
  pressureLink: string;
  print: string;
  copyText: string;
  copied: string;
  copyFailed: string;
  bookmark: string;
  notice: string;
  reasonKey: string;
  reasonValue: string;
  reasonRepeated: string;
  reasonSkipped: string;
  reasonExcess: string;
  missing: string;
  disclaimer: string;
  checkedOn: Message;
  loadingReport: string;
  reportFailed: string;
  statuses: Record<FlaggedCertainty, string>;
}

export interface SelfCheckPaths {
  checker: string;
  pressure: string;
}

/** A question in the shape of the checker's QuestionStep: radio options with labels. */
export function asStep(question: SelfCheckQuestion<string>, labels: SelfCheckLabels) {
  const options =
    (question.kind === 'status' || question.kind === 'detail') && question.options
      ? question.options
      : (['yes', 'no', 'unsure'] as const).map((value) => ({ value, label: labels[value] }));
  return { key: question.id, summary: 'area' in question ? question.area : question.question, question: question.question, help: question.help, options };
}

interface Props {
  data: SelfCheckPageData;
  /** The report's results and texts (report-data.json): one file for everyone, so asking for it sends no answer. */
  reportUrl: string;
  labels: SelfCheckLabels;
  paths: SelfCheckPaths;
}

/**
 * The self-check: one question per screen, then the report. The page address (after #) holds every answer,
 * so a reload or a bookmark brings back the same report; each answer is a history entry, so the browser's
 * back button steps back too. Nothing is stored anywhere else.
 */
export function SelfCheck({ data, reportUrl, labels, paths }: Props) {
  const { questions } = data;
  // The first question is rendered at build time (no layout shift); the fragment of a shared link is read once live.
  const [answers, setAnswers] = useState<Answers>(new Map());
  const [problems, setProblems] = useState<FragmentProblem[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [changing, setChanging] = useState(false);
  const [focusAfter, setFocusAfter] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    const read = () => {
      const parsed = parseFragment(questions, window.location.hash);
      setAnswers(parsed.answers);
      setProblems(parsed.problems);
      setCursor(null);
      setChanging(false);
    };
    // Opened without answers, the page already shows what the server rendered: no second render while it starts.
    if (window.location.hash) read();
    window.addEventListener('popstate', read);
    return () => window.removeEventListener('popstate', read);
  }, [questions]);

  // The report's data is asked for once answering begins (or a page address brings answers), when the page is next
  // idle: it is usually here by the last question, and a bookmarked report waits for it with a loading line.
  const reportData = useJsonWhenIdle<SelfCheckReportData>(reportUrl, answers.size > 0);

  const asked = askedQuestions(questions, answers);
  const shown = (cursor ? asked.find((question) => question.id === cursor) : undefined) ?? firstUnanswered(questions, answers);
  const full = useMemo(() => (reportData ? { ...data, ...reportData } : undefined), [data, reportData]);
  const report = useMemo(
    () => (shown || !full ? undefined : buildReport(questions, answers, full.results, full.checkerOrder, full.alwaysFine)),
    [shown, questions, answers, full],
  );

  // A report still on its way takes the focus when it arrives.
  // biome-ignore lint/correctness/useExhaustiveDependencies: the report's arrival is what renders the heading
  useEffect(() => {
    if (!focusAfter || !heading.current) return;
    setFocusAfter(false);
    heading.current.focus();
  }, [focusAfter, report]);

  const save = (next: Answers, nextCursor: string | null) => {
    const clean = pruneAnswers(questions, next);
    const fragment = serializeAnswers(questions, clean);
    window.history.pushState(null, '', `${window.location.pathname}${fragment ? `#${fragment}` : ''}`);
    setAnswers(clean);
    setProblems([]);
    setCursor(nextCursor);
    setFocusAfter(true);
  };

  const answer = (question: SelfCheckQuestion<string>, value: string) => {
    const next = new Map(answers).set(question.id, value);
    if (changing) {
      setChanging(false);
      save(next, null);
      return;
    }
    // Walking forward: the next question in order, shown with its answer if it already has one.
    const after = askedQuestions(questions, pruneAnswers(questions, next));
    const following = after[after.findIndex((candidate) => candidate.id === question.id) + 1];
    save(next, following && next.has(following.id) ? following.id : null);
  };

  const index = shown ? asked.findIndex((question) => question.id === shown.id) : -1;
  const previous = index > 0 ? asked[index - 1] : undefined;

  return (
    <div className="selfcheck">
      <p className="mt-4 max-w-prose text-sm text-muted print:hidden">{labels.privacy}</p>
      {problems.length > 0 && (
        <div role="alert" className="mt-6 rounded-xl border-l-4 border-caution bg-caution-bg p-4 print:hidden">
          <p className="font-semibold text-caution">{labels.notice}</p>
          <ul className="mt-1 list-disc pl-5">
            {problems.map((problem) => (
              <li key={`${problem.key}-${problem.value}-${problem.reason}`} className="break-all">
                {problem.reason === 'excess' ? problem.value : `${problem.key}=${problem.value}`} (
                {labels[`reason${problem.reason[0]?.toUpperCase()}${problem.reason.slice(1)}` as 'reasonKey']})
              </li>
            ))}
          </ul>
        </div>
      )}
      {shown && (
        <div>
          <p className="mt-6 text-sm font-semibold text-muted" aria-live="polite">
            {formatMessage(labels.progress, data.locale, { n: index + 1, total: asked.length })}
          </p>
          <QuestionStep
            key={`${shown.id}-${answers.get(shown.id) ?? ''}`}
            question={asStep(shown, labels)}
            current={answers.get(shown.id)}
            labels={{ continue: labels.continue, cancel: labels.back, chooseError: labels.chooseError }}
            headingRef={heading}
            onAnswer={(value) => answer(shown, value)}
            onCancel={
              previous
                ? () => {
                    setChanging(false);
                    setCursor(previous.id);
                    setFocusAfter(true);
                  }
                : undefined
            }
          />
        </div>
      )}
      {!shown && reportData === undefined && (
        <p role="status" className="mt-6">
          {labels.loadingReport}
        </p>
      )}
      {!shown && reportData === null && (
        <p role="alert" className="mt-6 font-semibold text-violation">
          {labels.reportFailed}
        </p>
      )}
      {report && full && (
        <SelfCheckReport
          report={report}
          data={full}
          answers={answers}
          labels={labels}
          paths={paths}
          headingRef={heading}
          answerList={
            <AnswerList
              facts={asked.filter((question) => answers.has(question.id)).map((question) => ({ fact: question.id, value: answers.get(question.id) as string }))}
              questions={asked.map((question) => asStep(question, labels))}
              labels={{ ...labels, result: { changeAnswers: labels.change } }}
              onChange={(id) => {
                setChanging(true);
                setCursor(id);
                setFocusAfter(true);
              }}
              onRestart={() => save(new Map(), null)}
            />
          }
        />
      )}
    </div>
  );
}

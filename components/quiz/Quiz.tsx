'use client';

import { type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import { drawRound, type RoundKind, roundSizes } from '@/lib/quiz/draw';
import { clearProgress, type ProgressStorage, type QuizProgress, readProgress, readProgressForIds, writeProgress } from '@/lib/quiz/progress';
import type { QuizQuestion } from '@/lib/quiz/quiz-question';
import { parseRoundRequest, withoutRoundParam } from '@/lib/quiz/round-param';
import { answerCurrent, newProgress, type RoundPosition, roundPosition, startRetry } from '@/lib/quiz/round-state';
import { type AnswerKey, scorableQuestions, scoreRound } from '@/lib/quiz/score';
import { formatMessage, type Message } from '@/lib/i18n/format-message';
import { fetchJson } from '@/components/islands/load-json';
import { AnswerReview } from './AnswerReview';
import { QuestionCard } from './QuestionCard';
import { QuizResult } from './QuizResult';
import { QuizStart } from './QuizStart';
import './quiz.css';

import type { QuizLabels } from '@/lib/quiz/quiz-labels';

export type { QuizLabels } from '@/lib/quiz/quiz-labels';

interface Props {
  locale: string;
  /** This locale's question bank (kuis/questions.json): loaded once the page is live, so the page stays small. */
  questionsUrl: string;
  labels: QuizLabels;
  /** Each topic's name, in the topics' order (the guides' reading order). */
  topicNames: Record<string, string>;
  /** Every question's correct option, by topic: a saved result is scored and shown before the bank has loaded. */
  answerKey: AnswerKey;
  /** Absolute links that start each round directly, for the share text. */
  roundLinks: Record<RoundKind, string>;
}

type Screen = 'start' | 'question' | 'result' | 'review';
type Notice = 'noticeCorrupted' | 'noticeOutdated' | 'noticeNewer' | 'noticeResumed' | 'noticeStorage' | 'noticeLoadFailed' | { unknownRound: string };

/** A round name from a link is shown back to the reader; a very long one is cut so that it cannot widen the page. */
const shownRoundName = (value: string) => (value.length > 60 ? `${value.slice(0, 60)}…` : value);
type Step = Exclude<RoundPosition, { stage: 'result' }>;
/** The question just answered, shown with its feedback until the reader moves on. */
interface Feedback {
  step: Step;
  chosen: string;
  last: boolean;
}

/** Where focus goes after each step, so keyboard and screen-reader users land on the new content. */
const focusIds = {
  legend: 'quiz-legend',
  feedback: 'quiz-feedback',
  result: 'quiz-result-title',
  review: 'quiz-review-title',
  start: 'quiz-start-title',
};
/** The line that says the questions are still loading, where a screen needs them. */
const loadingId = 'quiz-loading';

function browserStorage(): ProgressStorage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

const drawNew = (round: RoundKind, questions: QuizQuestion[]) =>
  newProgress(round, drawRound(questions, roundSizes[round], Math.random));

/** The neutrality quiz: round choice, one question per screen with feedback, result, review, retry and resume. */
export function Quiz({ locale, questionsUrl, labels, topicNames, answerKey, roundLinks }: Props) {
  const [questions, setQuestions] = useState<QuizQuestion[] | null>(null);
  const byId = useMemo(() => new Map((questions ?? []).map((question) => [question.id, question])), [questions]);
  const keyed = useMemo(() => scorableQuestions(answerKey), [answerKey]);
  const [progress, setProgress] = useState<QuizProgress | null>(null);
  const [screen, setScreen] = useState<Screen>('start');
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const [notices, setNotices] = useState<Notice[]>([]);
  const [focus, setFocus] = useState<keyof typeof focusIds | null>(null);
  const storage = useRef<ProgressStorage | null>(null);
  const restored = useRef(false);
  /** A round chosen before the questions arrived: started as soon as they do. */
  const pendingRound = useRef<RoundKind | null>(null);
  /** A saved result shown before the questions arrived: what the reader does with it meanwhile is kept. */
  const shownEarly = useRef(false);

  useEffect(() => {
    let live = true;
    fetchJson<QuizQuestion[]>(questionsUrl)
      .then(
        (bank) => live && setQuestions(bank),
        () => live && setNotices((current) => [...current, 'noticeLoadFailed']),
      );
    return () => {
      live = false;
    };
  }, [questionsUrl]);

  // A finished round saved on this device shows at once, scored with the answer key; the questions, once here,
  // confirm it (or find it outdated) and bring the texts of the review.
  useEffect(() => {
    if (parseRoundRequest(window.location.search).kind !== 'none') return;
    const reading = readProgressForIds(browserStorage(), new Set(keyed.keys()));
    if (reading.status !== 'valid' || roundPosition(reading.progress).stage !== 'result') return;
    shownEarly.current = true;
    setProgress(reading.progress);
    setScreen('result');
  }, [keyed]);

  // Once the questions are here: restore saved progress, then honour a round chosen meanwhile or a `?ronde=…` link.
  useEffect(() => {
    if (!questions) return;
    storage.current = browserStorage();
    const reading = readProgress(storage.current, byId);
    const found: Notice[] = [];
    if (reading.status === 'corrupted' || reading.status === 'outdated') {
      clearProgress(storage.current);
      found.push(reading.status === 'corrupted' ? 'noticeCorrupted' : 'noticeOutdated');
    }
    // Progress from a newer version stays untouched: only the reader's own choice to start a round replaces it.
    if (reading.status === 'newer') found.push('noticeNewer');
    let saved = reading.status === 'valid' ? reading.progress : null;
    const chosen = pendingRound.current;
    const request = chosen ? ({ kind: 'round', round: chosen } as const) : parseRoundRequest(window.location.search);
    if (request.kind === 'round') {
      // Drop the parameter, so that a reload resumes this round instead of drawing a new one.
      window.history.replaceState(null, '', `${window.location.pathname}${withoutRoundParam(window.location.search)}`);
      window.dispatchEvent(new Event('asn:querychange'));
      if (saved && roundPosition(saved).stage !== 'result' && !chosen) found.push('noticeResumed');
      else saved = drawNew(request.round, questions);
    }
    if (request.kind === 'unknown') found.push({ unknownRound: request.value });
    restored.current = true;
    setNotices(found);
    // The result already on screen is confirmed: the reader keeps the screen they moved to meanwhile.
    if (shownEarly.current && saved && !chosen) return;
    setProgress(saved);
    if (saved && request.kind !== 'unknown') setScreen(roundPosition(saved).stage === 'result' ? 'result' : 'question');
    else if (shownEarly.current) setScreen('start');
  }, [byId, questions]);

  useEffect(() => {
    if (!restored.current || !progress) return;
    if (!writeProgress(storage.current, progress)) {
      setNotices((current) => (current.includes('noticeStorage') ? current : [...current, 'noticeStorage']));
    }
  }, [progress]);

  useEffect(() => {
    if (!focus) return;
    const target = document.getElementById(focusIds[focus]);
    // A screen still waiting for the questions: the loading line holds focus until they are here.
    if (!target && !questions) {
      document.getElementById(loadingId)?.focus();
      return;
    }
    target?.focus();
    setFocus(null);
  }, [focus, questions]);

  const go = (next: Screen, focusOn: keyof typeof focusIds) => {
    // Saving still fails on every screen, so that notice stays until the page is closed.
    setNotices((current) => current.filter((notice) => notice === 'noticeStorage'));
    setScreen(next);
    setFocus(focusOn);
  };

  const start = (round: RoundKind) => {
    if (!questions) {
      pendingRound.current = round;
      return;
    }
    setFeedback(null);
    setProgress(drawNew(round, questions));
    go('question', 'legend');
  };

  const answer = (optionId: string) => {
    if (!progress) return;
    const step = roundPosition(progress);
    if (step.stage === 'result') return;
    const next = answerCurrent(progress, optionId, new Date());
    setFeedback({ step, chosen: optionId, last: roundPosition(next).stage === 'result' });
    setProgress(next);
    setFocus('feedback');
  };

  const moveOn = () => {
    const last = feedback?.last ?? false;
    setFeedback(null);
    go(last ? 'result' : 'question', last ? 'result' : 'legend');
  };

  const position = progress ? roundPosition(progress) : null;
  const step = feedback?.step ?? (position?.stage === 'result' ? null : position);

  const loading = (
    <p id={loadingId} tabIndex={-1} role="status" className="quiz-screen-only focus:outline-none">
      {labels.loadingQuestions}
    </p>
  );
  let body: ReactNode = null;
  if ((screen === 'question' || screen === 'review') && progress && !questions) {
    body = loading;
  } else if (screen === 'question' && step) {
    const question = byId.get(step.questionId);
    if (question) {
      body = (
        <QuestionCard
          key={`${step.stage}-${step.questionId}`}
          question={question}
          heading={formatMessage(step.stage === 'retry' ? labels.retryProgress : labels.progress, locale, {
            current: step.index + 1,
            total: step.total,
          })}
          position={{ index: step.index, total: step.total }}
          topicName={topicNames[question.topic] ?? question.topic}
          locale={locale}
          labels={labels}
          chosen={feedback?.chosen ?? null}
          isLast={feedback?.last ?? false}
          onAnswer={answer}
          onNext={moveOn}
          onLeave={() => go('start', 'start')}
        />
      );
    }
  } else if (screen === 'review' && progress) {
    body = <AnswerReview locale={locale} progress={progress} questions={byId} labels={labels} topicNames={topicNames} onBack={() => go('result', 'result')} />;
  } else if (screen === 'result' && progress && position?.stage === 'result') {
    const { retry } = progress;
    // Before the questions arrive, a saved result is scored with the answer key: the same answers, so the same score.
    const scoring = questions ? byId : keyed;
    body = (
      <QuizResult
        locale={locale}
        progress={progress}
        score={scoreRound(progress.questionIds, progress.answers, scoring, Object.keys(topicNames))}
        retryScore={
          retry && retry.answers.length === retry.questionIds.length
            ? scoreRound(retry.questionIds, retry.answers, scoring, Object.keys(topicNames))
            : null
        }
        labels={labels}
        topicNames={topicNames}
        roundLink={roundLinks[progress.round]}
        onReview={() => go('review', 'review')}
        onRetry={(missed) => {
          setProgress(startRetry(progress, missed));
          go('question', 'legend');
        }}
        onStart={start}
      />
    );
  }

  return (
    <div className="quiz mt-8">
      <div role="status" className="quiz-screen-only">
        {notices.map((notice) => (
          <p
            key={typeof notice === 'string' ? notice : 'unknownRound'}
            className="mb-4 rounded-lg border-l-4 border-caution bg-caution-bg p-4 text-ink [overflow-wrap:anywhere]"
          >
            {typeof notice === 'string' ? labels[notice] : <UnknownRoundNotice message={labels.noticeUnknownRound} locale={locale} value={shownRoundName(notice.unknownRound)} />}
          </p>
        ))}
      </div>
      {body ?? (
        <QuizStart
          locale={locale}
          labels={labels}
          unfinished={position && position.stage !== 'result' ? { current: position.index + 1, total: position.total } : null}
          hasResult={position?.stage === 'result'}
          onStart={start}
          onContinue={() => (position?.stage === 'result' ? go('result', 'result') : go('question', 'legend'))}
        />
      )}
    </div>
  );
}

/** The reader's text inside our sentence, isolated so that right-to-left characters in a link cannot reorder the sentence. */
function UnknownRoundNotice({ message, locale, value }: { message: Message; locale: string; value: string }) {
  // The round name from the link is isolated (bdi): format around a marker, then put it in its place.
  const [before = '', after = ''] = formatMessage(message, locale, { value: '\u0000' }).split('\u0000');
  return (
    <>
      {before}
      <bdi>{value}</bdi>
      {after}
    </>
  );
}

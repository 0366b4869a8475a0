'use client';

import { formatMessage } from '@/lib/i18n/format-message';
import { CopyButton } from '@/components/share/CopyButton';
import { QrCode } from '@/components/share/QrCode';
import { attemptTag, encodeCompletionCode, localIsoDate } from '@/lib/apel/completion-code';
import { eventFingerprint } from '@/lib/apel/event';
import { learningTime } from '@/lib/apel/learning-time';
import { eventDetails } from './ApelQuizBanner';
import { type ApelQuizLabels, useApelQuiz } from './apelQuizStore';

interface Props {
  /** When the round was finished (ISO date-time). */
  finishedAt: string;
  correct: number;
  total: number;
}

function useCompletion({ finishedAt, correct, total }: Props) {
  const apel = useApelQuiz();
  if (!apel) return null;
  const code = encodeCompletionCode({
    event: apel.event ? eventFingerprint(apel.event) : 0,
    date: localIsoDate(new Date(finishedAt)),
    correct,
    total,
    contentVersion: apel.contentVersion,
    attempt: attemptTag(finishedAt),
  });
  return { ...apel, code, verifyLink: `${apel.verifyUrl}#kode=${code}` };
}

/** On the quiz result: the completion code to send to the office group, and the assembly it belongs to. */
export function ApelCompletion(props: Props) {
  const completion = useCompletion(props);
  if (!completion) return null;
  const { labels, code, event, locale, verifyLink } = completion;
  return (
    <section aria-labelledby="apel-completion-title" className="quiz-screen-only mt-6 rounded-xl border border-line bg-surface p-4">
      <h3 id="apel-completion-title" className="text-lg font-bold">
        {labels.codeTitle}
      </h3>
      {event && <p className="mt-1">{formatMessage(labels.certificateEvent, locale, { details: eventDetails(event, locale) })}</p>}
      <p className="mt-2 font-mono text-2xl font-bold tracking-wider" data-testid="apel-completion-code">
        {code}
      </p>
      <p className="mt-2 max-w-prose">{labels.codeIntro}</p>
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <CopyButton text={code} label={labels.copy} copiedLabel={labels.copied} failedLabel={labels.copyFailed} />
        <a className="link" href={verifyLink}>
          {labels.verifyLink}
        </a>
      </div>
    </section>
  );
}

function learningLine(labels: ApelQuizLabels, locale: string, total: number, attended: boolean) {
  const time = learningTime(total, attended);
  const parts = [time.briefing ? formatMessage(labels.learningBriefing, locale, { minutes: time.briefing }) : '', formatMessage(labels.learningQuiz, locale, { minutes: time.quiz, questions: total })];
  return formatMessage(labels.learningTime, locale, { total: time.total, breakdown: parts.filter(Boolean).join(', ') });
}

/** On the certificate: the assembly, the learning time (not an official recognition) and the code with its QR. */
export function ApelCertificateLines(props: Props) {
  const completion = useCompletion(props);
  if (!completion) return null;
  const { labels, code, event, locale, verifyLink } = completion;
  return (
    <div className="apel-certificate-lines mx-auto mt-6 max-w-prose text-sm" data-testid="apel-certificate-lines">
      {event && <p className="font-semibold">{formatMessage(labels.certificateEvent, locale, { details: eventDetails(event, locale) })}</p>}
      <p className="mt-1">{learningLine(labels, locale, props.total, event !== null)}</p>
      <p className="mt-1 text-muted">{labels.learningNote}</p>
      <div className="mt-3 flex items-center justify-center gap-3">
        <QrCode value={verifyLink} label={formatMessage(labels.certificateQr, locale, { url: verifyLink })} className="size-32 shrink-0" />
        <p className="text-left">
          {labels.certificateCode}
          <br />
          <span className="font-mono text-base font-bold tracking-wider">{code}</span>
        </p>
      </div>
    </div>
  );
}

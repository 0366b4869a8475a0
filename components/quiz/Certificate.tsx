import { useState } from 'react';
import { certificateTexts } from '@/lib/quiz/certificate';
import type { RoundScore } from '@/lib/quiz/score';
import { CertificateImage } from './CertificateImage';
import { ApelCertificateLines } from '@/components/apel/ApelCompletion';
import type { QuizLabels } from './Quiz';
import './certificate.css';

interface Props {
  locale: string;
  /** When the round was finished (ISO date-time). */
  finishedAt: string;
  roundName: string;
  score: RoundScore;
  labels: QuizLabels;
}

/**
 * A certificate for a passed round, to print or to save as a PNG image. The name is typed here and lives only
 * in this page's memory: it is neither saved nor sent. When printing, only the certificate is printed, on one
 * A4 page; the image is drawn in the browser from the same texts.
 */
export function Certificate({ locale, finishedAt, roundName, score, labels }: Props) {
  const [name, setName] = useState('');
  // A fixed id (one per page), not useId(): React's server ids and the island runtime's differ.
  const inputId = 'certificate-name';
  const texts = certificateTexts(labels, { locale, finishedAt, roundName, score, name });
  return (
    <section aria-labelledby="quiz-certificate-title" className="quiz-certificate-section mt-10">
      <div className="quiz-screen-only">
        <h3 id="quiz-certificate-title" className="text-xl font-bold">
          {labels.certificateTitle}
        </h3>
        <p className="mt-1 max-w-prose">{labels.certificateIntro}</p>
        <label htmlFor={inputId} className="mt-3 block font-semibold">
          {labels.certificateName}
        </label>
        <input
          id={inputId}
          type="text"
          autoComplete="name"
          value={name}
          onChange={(event) => setName(event.target.value)}
          className="mt-1 block w-full max-w-md rounded-md border-2 border-line bg-canvas px-3 py-2 text-ink"
        />
        <p className="mt-3">
          <button type="button" className="btn" onClick={() => window.print()}>
            {labels.certificatePrint}
          </button>
        </p>
        <CertificateImage texts={texts} labels={labels} />
      </div>
      <div className="quiz-certificate mt-6 rounded-xl border-4 border-double border-brand bg-canvas p-6 text-center sm:p-10">
        <p className="quiz-certificate-brand font-bold text-brand">{texts.brand}</p>
        <p className="quiz-certificate-heading mt-4 text-2xl font-bold sm:text-3xl">{texts.heading}</p>
        <p className="mt-6 text-muted">{texts.awardedTo}</p>
        <p className="quiz-certificate-name mt-2 break-words border-b-2 border-ink pb-1 text-2xl font-bold">{texts.name || '\u00a0'}</p>
        <p className="mx-auto mt-6 max-w-prose">{texts.body}</p>
        <p className="mt-6 font-semibold">{texts.date}</p>
        {texts.extraLine && <p className="mt-2 font-semibold">{texts.extraLine}</p>}
        <ApelCertificateLines finishedAt={finishedAt} correct={score.correct} total={score.total} />
        <p className="quiz-certificate-note mx-auto mt-8 max-w-prose text-sm text-muted">{texts.note}</p>
      </div>
    </section>
  );
}

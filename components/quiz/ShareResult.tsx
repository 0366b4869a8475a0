import { useState } from 'react';
import type { RoundScore } from '@/lib/quiz/score';
import { whatsappShareUrl } from '@/lib/share/whatsapp';
import { formatMessage } from '@/lib/i18n/format-message';
import type { QuizLabels } from './Quiz';
import { copyText } from '@/lib/site/copy-text';

interface Props {
  locale: string;
  score: RoundScore;
  roundName: string;
  /** The portal's link that starts the same kind of round. */
  roundLink: string;
  labels: QuizLabels;
}

/** A result text for WhatsApp or the clipboard: the score and the quiz link only, never the name. */
export function ShareResult({ locale, score, roundName, roundLink, labels }: Props) {
  const [status, setStatus] = useState<'copied' | 'copyFailed' | null>(null);
  const text = formatMessage(labels.shareText, locale, { correct: score.correct, total: score.total, percent: score.percent, round: roundName, url: roundLink });

  const copy = async () => {
    try {
      await copyText(text);
      setStatus('copied');
    } catch {
      setStatus('copyFailed');
    }
  };

  return (
    <section aria-labelledby="quiz-share-title" className="quiz-screen-only mt-10">
      <h3 id="quiz-share-title" className="text-xl font-bold">
        {labels.shareTitle}
      </h3>
      <p className="mt-1 text-muted">{labels.shareIntro}</p>
      <p id="quiz-share-text" className="mt-3 max-w-prose break-words rounded-lg border border-line bg-surface p-4">
        {text}
      </p>
      <div className="mt-3 flex flex-wrap gap-3">
        <a className="btn" href={whatsappShareUrl(text)} target="_blank" rel="noopener noreferrer">
          {labels.shareWhatsapp}
        </a>
        <button type="button" className="btn btn-secondary" onClick={copy}>
          {labels.copy}
        </button>
      </div>
      <p role="status" className="mt-2 min-h-6 font-semibold">
        {status && labels[status]}
      </p>
    </section>
  );
}

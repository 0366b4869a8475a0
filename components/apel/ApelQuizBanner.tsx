'use client';

import { formatMessage } from '@/lib/i18n/format-message';
import { useEffect } from 'react';
import type { ApelEvent } from '@/lib/apel/event';
import { formatEventDate } from '@/lib/apel/format';
import { type ApelQuizSettings, connectApelQuiz, useApelQuiz } from './apelQuizStore';

/** "Office · event · date" of an assembly, for the quiz's banner, result and certificate. */
export function eventDetails(event: ApelEvent, locale: string): string {
  return [event.name, event.office, event.date && formatEventDate(event.date, locale), event.place].filter(Boolean).join(' · ');
}

/**
 * Above the quiz: which assembly this quiz is for, with a way to detach it. As an island of its own it also starts the
 * page's assembly context (apelQuizStore.ts) with the server's settings, which the quiz island's result reads.
 */
export function ApelQuizBanner({ settings }: { settings: ApelQuizSettings }) {
  useEffect(() => connectApelQuiz(settings), [settings]);
  const apel = useApelQuiz();
  if (!apel?.event) return null;
  return (
    <div className="quiz-screen-only mt-4 flex flex-wrap items-center gap-3 rounded-lg border-l-4 border-brand bg-surface p-4" data-testid="apel-quiz-banner">
      <p className="min-w-0 flex-1 font-semibold">{formatMessage(apel.labels.banner, settings.locale, { details: eventDetails(apel.event, apel.locale) })}</p>
      <button type="button" className="btn btn-secondary" onClick={apel.forget}>
        {apel.labels.remove}
      </button>
    </div>
  );
}

'use client';

import type { Message } from '@/lib/i18n/format-message';
import { useEffect, useState } from 'react';
import type { ApelEvent } from '@/lib/apel/event';
import { parseEventFragment } from '@/lib/apel/event';
import { forgetEvent, readSavedEvent, saveEvent } from '@/lib/apel/saved-event';

export interface ApelQuizLabels {
  /** "Quiz for the assembly: {details}" */
  banner: Message;
  remove: string;
  codeTitle: string;
  codeIntro: string;
  copy: string;
  copied: string;
  copyFailed: string;
  verifyLink: string;
  /** "Assembly: {details}" on the certificate. */
  certificateEvent: Message;
  /** "Learning time: about {total} minutes ({breakdown})" */
  learningTime: Message;
  learningBriefing: Message;
  learningQuiz: Message;
  learningNote: string;
  certificateCode: string;
  certificateQr: Message;
}

/** What the server gives the quiz page's assembly context (ApelQuizEvent.tsx). */
export interface ApelQuizSettings {
  locale: string;
  labels: ApelQuizLabels;
  /** Absolute address of the verify page, where a code in the fragment is checked. */
  verifyUrl: string;
  contentVersion: string;
}

export interface ApelQuizValue extends ApelQuizSettings {
  event: ApelEvent | null;
  forget: () => void;
}

// The quiz page's assembly context. The quiz and the assembly banner are separate islands (separate roots), so they
// share this module (one chunk of the island bundles) rather than a React context.

/** The event of the link the page was opened with (`/kuis/?ronde=pendek#kantor=…`), read as this module loads: before the quiz island drops the fragment. */
const linkedEvent = typeof window === 'undefined' ? null : parseEventFragment(window.location.hash);
let current: ApelQuizValue | null = null;
const listeners = new Set<() => void>();

function browserStorage() {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function publish(value: ApelQuizValue) {
  current = value;
  for (const listener of listeners) listener();
}

/**
 * Starts the context with the server's settings (the banner island does, on the quiz page): keeps the linked event on
 * the device for a day, or takes the one kept earlier, and from then on gives the result and the certificate what they
 * need for the completion code.
 */
export function connectApelQuiz(settings: ApelQuizSettings) {
  if (current) return;
  const storage = browserStorage();
  if (linkedEvent) saveEvent(storage, linkedEvent, Date.now());
  const forget = () => {
    forgetEvent(browserStorage());
    if (current) publish({ ...current, event: null });
  };
  publish({ ...settings, event: linkedEvent ?? readSavedEvent(storage, Date.now()), forget });
}

/**
 * The assembly context of the quiz page, or null where the quiz runs without the apel kit around it. Null on the
 * server and until the banner island has started it, so that hydration matches the server's HTML.
 */
export function useApelQuiz(): ApelQuizValue | null {
  const [value, setValue] = useState<ApelQuizValue | null>(null);
  useEffect(() => {
    const update = () => setValue(current);
    update();
    listeners.add(update);
    return () => {
      listeners.delete(update);
    };
  }, []);
  return value;
}

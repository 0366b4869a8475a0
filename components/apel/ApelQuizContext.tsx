'use client';

import { createContext, type ReactNode, useContext, useLayoutEffect, useState } from 'react';
import type { ApelEvent } from '@/lib/apel/event';
import { parseEventFragment } from '@/lib/apel/event';
import { forgetEvent, readSavedEvent, saveEvent } from '@/lib/apel/saved-event';

export interface ApelQuizLabels {
  /** "Quiz for the assembly: {details}" */
  banner: string;
  remove: string;
  codeTitle: string;
  codeIntro: string;
  copy: string;
  copied: string;
  copyFailed: string;
  verifyLink: string;
  /** "Assembly: {details}" on the certificate. */
  certificateEvent: string;
  /** "Learning time: about {total} minutes ({breakdown})" */
  learningTime: string;
  learningBriefing: string;
  learningQuiz: string;
  learningNote: string;
  certificateCode: string;
  certificateQr: string;
}

interface ApelQuizValue {
  event: ApelEvent | null;
  forget: () => void;
  locale: string;
  labels: ApelQuizLabels;
  /** Absolute address of the verify page, where a code in the fragment is checked. */
  verifyUrl: string;
  contentVersion: string;
}

const ApelQuizContext = createContext<ApelQuizValue | null>(null);

/** The assembly context of the quiz page, or null where the quiz runs without the apel kit around it. */
export const useApelQuiz = () => useContext(ApelQuizContext);

function browserStorage() {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/**
 * Wraps the quiz page: takes the event from a QR code's link (`/kuis/?ronde=pendek#kantor=…`) before the quiz
 * rewrites the address, keeps it on the device for a day, and gives the result and the certificate what they
 * need for the completion code.
 */
export function ApelQuizProvider({ children, ...settings }: Omit<ApelQuizValue, 'event' | 'forget'> & { children: ReactNode }) {
  const [event, setEvent] = useState<ApelEvent | null>(null);
  // A layout effect runs before the quiz's own effects, which drop the fragment from the address.
  useLayoutEffect(() => {
    const storage = browserStorage();
    const linked = parseEventFragment(window.location.hash);
    if (linked) saveEvent(storage, linked, Date.now());
    setEvent(linked ?? readSavedEvent(storage, Date.now()));
  }, []);
  const forget = () => {
    forgetEvent(browserStorage());
    setEvent(null);
  };
  return <ApelQuizContext.Provider value={{ ...settings, event, forget }}>{children}</ApelQuizContext.Provider>;
}

'use client';

import { useEffect, useMemo, useState } from 'react';
import { type ApelEvent, eventFragment, hasEvent, parseEventFragment } from '@/lib/apel/event';

/** Fired when this page rewrites its own fragment (replaceState does not fire `hashchange`). */
const eventChange = 'apel:eventchange';

/**
 * The event in this page's URL fragment, or null. Every island of the kit reads it by itself (they are separate
 * roots). The prerendered HTML has no event (the server never sees the fragment), so the first render, which
 * hydrates that HTML, has none either; the browser fills it in right after.
 */
export function useApelEvent(): ApelEvent | null {
  const [hash, setHash] = useState('');
  useEffect(() => {
    const update = () => setHash(window.location.hash);
    update();
    window.addEventListener('hashchange', update);
    window.addEventListener(eventChange, update);
    return () => {
      window.removeEventListener('hashchange', update);
      window.removeEventListener(eventChange, update);
    };
  }, []);
  return useMemo(() => parseEventFragment(hash), [hash]);
}

/**
 * Writes the event into this page's fragment without adding a history entry. The other islands hear of it after the
 * next paint: the keystroke shows at once, and redrawing the slides' QR codes and the message waits for the frame after.
 */
export function writeEventToUrl(event: ApelEvent | null) {
  const fragment = hasEvent(event) ? `#${eventFragment(event)}` : '';
  window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}${fragment}`);
  requestAnimationFrame(() => setTimeout(() => window.dispatchEvent(new Event(eventChange))));
}

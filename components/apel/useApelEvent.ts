'use client';

import { useMemo, useSyncExternalStore } from 'react';
import { type ApelEvent, eventFragment, hasEvent, parseEventFragment } from '@/lib/apel/event';

/** Fired when this page rewrites its own fragment (replaceState does not fire `hashchange`). */
const eventChange = 'apel:eventchange';

function subscribe(onChange: () => void) {
  window.addEventListener('hashchange', onChange);
  window.addEventListener(eventChange, onChange);
  return () => {
    window.removeEventListener('hashchange', onChange);
    window.removeEventListener(eventChange, onChange);
  };
}

/**
 * The event in this page's URL fragment, or null. The prerendered HTML has no event (the server never sees
 * the fragment); the browser fills it in right after loading.
 */
export function useApelEvent(): ApelEvent | null {
  const hash = useSyncExternalStore(
    subscribe,
    () => window.location.hash,
    () => '',
  );
  return useMemo(() => parseEventFragment(hash), [hash]);
}

/** Writes the event into this page's fragment without adding a history entry. */
export function writeEventToUrl(event: ApelEvent | null) {
  const fragment = hasEvent(event) ? `#${eventFragment(event)}` : '';
  window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}${fragment}`);
  window.dispatchEvent(new Event(eventChange));
}

'use client';

import { useEffect, useRef, useState } from 'react';

interface Props {
  message: string;
  reload: string;
  later: string;
}

/**
 * Registers the service worker (public /sw.js, built after `next build`) and, when a new deployment
 * has been downloaded, offers to reload. The new version takes over only when the reader agrees;
 * until then every page and script comes from the same old version, and once it takes over every open
 * tab reloads, so no page ever mixes two versions.
 */
export function UpdatePrompt({ message, reload, later }: Props) {
  const [waiting, setWaiting] = useState<ServiceWorker | null>(null);
  const accepted = useRef(false);

  useEffect(() => {
    if (!('serviceWorker' in navigator)) return;
    const container = navigator.serviceWorker;
    // Without a controller this is the first install, not an update: nothing to reload.
    const isUpdate = () => container.controller !== null;
    const hadController = isUpdate();
    let reloading = false;
    const onControllerChange = () => {
      if (!(hadController || accepted.current) || reloading) return;
      reloading = true;
      window.location.reload();
    };
    container.addEventListener('controllerchange', onControllerChange);

    const register = () =>
      container.register('/sw.js').then(
        (registration) => {
          if (registration.waiting && isUpdate()) setWaiting(registration.waiting);
          registration.addEventListener('updatefound', () => {
            const worker = registration.installing;
            worker?.addEventListener('statechange', () => {
              if (worker.state === 'installed' && isUpdate()) setWaiting(worker);
            });
          });
        },
        // No offline support in this browser (e.g. private mode): the site still works online.
        () => undefined,
      );
    // Precaching downloads the site: let the page itself load first.
    if (document.readyState === 'complete') register();
    else window.addEventListener('load', register, { once: true });
    return () => {
      container.removeEventListener('controllerchange', onControllerChange);
      window.removeEventListener('load', register);
    };
  }, []);

  if (!waiting) return null;
  return (
    <div
      role="status"
      className="no-print fixed inset-x-2 bottom-2 z-40 mx-auto max-w-md rounded-xl border border-line bg-surface p-4 shadow-lg"
    >
      <p className="font-semibold">{message}</p>
      <div className="mt-3 flex flex-wrap gap-3">
        <button
          type="button"
          className="btn"
          onClick={() => {
            accepted.current = true;
            waiting.postMessage({ type: 'SKIP_WAITING' });
          }}
        >
          {reload}
        </button>
        <button type="button" className="btn btn-secondary" onClick={() => setWaiting(null)}>
          {later}
        </button>
      </div>
    </div>
  );
}

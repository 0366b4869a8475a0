// The site script: every page loads it (scripts/build-islands.ts), beside the scripts of its own islands. It gives
// the layout's plain HTML what it needs: offline use and the "new version" prompt (components/pwa/UpdatePrompt.tsx),
// the share panel's copy and WhatsApp buttons (components/share/), the language switch that keeps the reader's
// place, and the "delete my data" controls.
import { copyText } from '@/lib/site/copy-text';
import { deleteMyData } from '@/lib/site/delete-my-data';
import { islandTag } from '@/lib/islands/markers';
import { whatsappShareUrl } from '@/lib/share/whatsapp';

/**
 * Registers the service worker and, when a new deployment has been downloaded, shows the prompt. The new
 * version takes over only when the reader agrees (SKIP_WAITING); once it does, every open tab reloads.
 */
function offlineSupport(container: ServiceWorkerContainer) {
  const prompt = document.querySelector<HTMLElement>('[data-update-prompt]');
  // Without a controller this is the first install, not an update: nothing to reload.
  const hadController = container.controller !== null;
  let accepted = false;
  let reloading = false;
  container.addEventListener('controllerchange', () => {
    if (!(hadController || accepted) || reloading) return;
    reloading = true;
    window.location.reload();
  });
  const offer = (worker: ServiceWorker) => {
    if (!prompt || container.controller === null) return;
    prompt.hidden = false;
    prompt.querySelector('[data-update-reload]')?.addEventListener('click', () => {
      accepted = true;
      worker.postMessage({ type: 'SKIP_WAITING' });
    });
    prompt.querySelector('[data-update-later]')?.addEventListener('click', () => {
      prompt.hidden = true;
    });
  };
  const register = () =>
    container.register('/sw.js').then(
      (registration: ServiceWorkerRegistration | undefined) => {
        // Browsers that block service workers by policy (and test tools) may resolve without a registration.
        if (!registration) return;
        if (registration.waiting) offer(registration.waiting);
        registration.addEventListener('updatefound', () => {
          const worker = registration.installing;
          worker?.addEventListener('statechange', () => {
            if (worker.state === 'installed') offer(worker);
          });
        });
      },
      // No offline support in this browser (e.g. private mode): the site still works online.
      () => undefined,
    );
  // Precaching downloads the site: let the page itself load first, and start its islands, which run in the task that
  // fires `load`: registering there made that task long enough to block a phone's main thread.
  const whenIdle = () => (window.requestIdleCallback ? window.requestIdleCallback(register, { timeout: 2000 }) : setTimeout(register, 100));
  if (document.readyState === 'complete') whenIdle();
  else window.addEventListener('load', whenIdle, { once: true });
}
if ('serviceWorker' in navigator) offlineSupport(navigator.serviceWorker);

/** The privacy page's line on how much the site keeps on this device. */
async function showUsage() {
  const line = document.querySelector<HTMLElement>('[data-storage-estimate]');
  if (!line || !navigator.storage?.estimate) return;
  const { usage = 0 } = await navigator.storage.estimate();
  // "1,5 MB" in Indonesian, "1.5 MB" in English: the separator comes with the page (PrivacyNotice.tsx).
  const size = usage >= 1024 * 1024 ? `${(usage / 1024 / 1024).toFixed(1).replace('.', line.dataset.decimal ?? '.')} MB` : `${Math.max(1, Math.round(usage / 1024))} kB`;
  // The message's one argument, `{size}`, filled in as ICU would (the message has no plural or select).
  line.textContent = (line.dataset.template ?? '').replace('{size}', size);
  line.hidden = false;
}
showUsage().catch(() => {});

/** Says how an action went in the control's status line: its next sibling, or the first in its group. */
const say = (control: Element, message: string | undefined) => {
  const next = control.nextElementSibling;
  const line = next?.getAttribute('role') === 'status' ? next : control.parentElement?.querySelector('[role="status"]');
  if (line) line.textContent = message ?? '';
};

/**
 * The language switch keeps the reader's place: the query and the fragment (a guide's section, a checker
 * scenario) come along. Islands that rewrite the address announce it with `asn:querychange`.
 */
function followAddress() {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-locale-switch]')) {
    const url = new URL(link.href);
    url.search = window.location.search;
    url.hash = window.location.hash;
    link.href = url.href;
  }
}
followAddress();
for (const name of ['popstate', 'hashchange', 'asn:querychange']) window.addEventListener(name, followAddress);

document.addEventListener('click', (event) => {
  const target = event.target instanceof Element ? event.target : null;
  const eraser = target?.closest<HTMLButtonElement>('button[data-delete-my-data]');
  if (eraser) {
    deleteMyData().then(
      (found) => {
        say(eraser, found > 0 ? eraser.dataset.done : eraser.dataset.nothing);
        showUsage().catch(() => {});
      },
      () => say(eraser, eraser.dataset.failed),
    );
    return;
  }
  // WhatsApp gets the address as it is now: a checker scenario lives in the fragment.
  const whatsapp = target?.closest<HTMLAnchorElement>('a[data-share-whatsapp]');
  if (whatsapp) {
    whatsapp.href = whatsappShareUrl(`${whatsapp.dataset.shareWhatsapp}${window.location.search}${window.location.hash}`);
    return;
  }
  const button = target?.closest<HTMLButtonElement>('button[data-copy-text]');
  // Inside an island the component copies by itself.
  if (!button || button.closest(islandTag)) return;
  const text = (button.dataset.copyText ?? '') + (button.hasAttribute('data-copy-query') ? window.location.search + window.location.hash : '');
  copyText(text).then(
    () => say(button, button.dataset.copied),
    () => say(button, button.dataset.copyFailed),
  );
});

// Pages that need no React (home, guides, sources, privacy, what changed) are served as plain HTML
// (scripts/build-html-only.mjs). This script, bundled into out/enhance.js at build time, gives them what the
// layout's islands give other pages: offline use through the same service worker, the share panel's copy button
// (components/share/CopyButton.tsx), the language switch that keeps the reader's place, and the privacy page's
// "delete my data" control.
import { copyText } from '@/lib/site/copy-text';
import { deleteMyData } from '@/lib/site/delete-my-data';

if ('serviceWorker' in navigator) {
  window.addEventListener('load', () => navigator.serviceWorker.register('/sw.js').catch(() => {}), { once: true });
}

/** The privacy page's line on how much the site keeps on this device. */
async function showUsage() {
  const line = document.querySelector<HTMLElement>('[data-storage-estimate]');
  if (!line || !navigator.storage?.estimate) return;
  const { usage = 0 } = await navigator.storage.estimate();
  const size = usage < 1024 * 1024 ? `${Math.max(1, Math.round(usage / 1024))} KB` : `${(usage / 1024 / 1024).toFixed(1)} MB`;
  line.textContent = (line.dataset.template ?? '').replace('{size}', size);
  line.hidden = false;
}
showUsage().catch(() => {});

const say = (element: Element | null, message: string | undefined) => {
  if (element?.getAttribute('role') === 'status') element.textContent = message ?? '';
};

document.addEventListener('click', (event) => {
  const target = event.target instanceof Element ? event.target : null;
  // The language switch keeps the reader's place: the section in the fragment comes along.
  const localeSwitch = target?.closest<HTMLAnchorElement>('a[data-locale-switch]');
  if (localeSwitch) {
    const url = new URL(localeSwitch.href);
    url.search = window.location.search;
    url.hash = window.location.hash;
    localeSwitch.href = url.href;
    return;
  }
  const eraser = target?.closest<HTMLButtonElement>('button[data-delete-my-data]');
  if (eraser) {
    deleteMyData().then(
      (found) => {
        say(eraser.nextElementSibling, found > 0 ? eraser.dataset.done : eraser.dataset.nothing);
        showUsage().catch(() => {});
      },
      () => say(eraser.nextElementSibling, eraser.dataset.failed),
    );
    return;
  }
  const button = target?.closest<HTMLButtonElement>('button[data-copy-text]');
  if (!button) return;
  const text = (button.dataset.copyText ?? '') + (button.hasAttribute('data-copy-query') ? window.location.search + window.location.hash : '');
  copyText(text).then(
    () => say(button.nextElementSibling, button.dataset.copied),
    () => say(button.nextElementSibling, button.dataset.copyFailed),
  );
});

// Pages that need no React (home, guides, sources, privacy) are served as plain HTML (scripts/build-html-only.mjs).
// This script gives them what the layout's islands give other pages: offline use through the same service
// worker, the share panel's copy button (see components/share/CopyButton.tsx), the language switch that keeps
// the reader's place, and the privacy page's "delete my data" control.
(() => {
  if ('serviceWorker' in navigator) {
    window.addEventListener('load', () => navigator.serviceWorker.register('/sw.js').catch(() => {}), { once: true });
  }

  // Without HTTPS there is no navigator.clipboard; a selected text area and the older copy command still work.
  const copyText = (text) => {
    if (navigator.clipboard?.writeText) return navigator.clipboard.writeText(text);
    return new Promise((resolve, reject) => {
      const area = document.createElement('textarea');
      area.value = text;
      area.setAttribute('readonly', '');
      area.className = 'sr-only';
      document.body.append(area);
      area.select();
      const copied = document.execCommand('copy');
      area.remove();
      copied ? resolve() : reject(new Error('copy refused'));
    });
  };

  // The service worker goes first, so that it cannot refill the caches deleted after it.
  const deleteMyData = async () => {
    let found = localStorage.length + sessionStorage.length;
    localStorage.clear();
    sessionStorage.clear();
    if ('serviceWorker' in navigator) {
      const registrations = await navigator.serviceWorker.getRegistrations();
      found += registrations.length;
      await Promise.all(registrations.map((registration) => registration.unregister()));
    }
    if ('caches' in window) {
      const names = await caches.keys();
      found += names.length;
      await Promise.all(names.map((name) => caches.delete(name)));
    }
    return found;
  };

  const showUsage = async () => {
    const line = document.querySelector('[data-storage-estimate]');
    if (!line || !navigator.storage?.estimate) return;
    const { usage = 0 } = await navigator.storage.estimate();
    const size = usage < 1024 * 1024 ? `${Math.max(1, Math.round(usage / 1024))} KB` : `${(usage / 1024 / 1024).toFixed(1)} MB`;
    line.textContent = line.dataset.template.replace('{size}', size);
    line.hidden = false;
  };
  showUsage().catch(() => {});

  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    // The language switch keeps the reader's place: the section in the fragment comes along.
    const localeSwitch = target?.closest('a[data-locale-switch]');
    if (localeSwitch) {
      const url = new URL(localeSwitch.href);
      url.search = window.location.search;
      url.hash = window.location.hash;
      localeSwitch.href = url.href;
      return;
    }
    const eraser = target?.closest('button[data-delete-my-data]');
    if (eraser) {
      const status = eraser.nextElementSibling;
      deleteMyData().then(
        (found) => {
          status.textContent = found > 0 ? eraser.dataset.done : eraser.dataset.nothing;
          showUsage().catch(() => {});
        },
        () => {
          status.textContent = eraser.dataset.failed;
        },
      );
      return;
    }
    const button = target?.closest('button[data-copy-text]');
    if (!button) return;
    const status = button.nextElementSibling;
    const text = button.dataset.copyText + (button.hasAttribute('data-copy-query') ? window.location.search + window.location.hash : '');
    const say = (message) => {
      if (status?.getAttribute('role') === 'status') status.textContent = message;
    };
    copyText(text).then(
      () => say(button.dataset.copied),
      () => say(button.dataset.copyFailed),
    );
  });
})();

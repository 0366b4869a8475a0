// Pages that need no React (home, guides, sources) are served as plain HTML (scripts/build-html-only.mjs).
// This script gives them what the layout's islands give other pages: offline use through the same service
// worker, and the share panel's copy button (see components/share/CopyButton.tsx).
(() => {
  if ('serviceWorker' in navigator) {
    window.addEventListener('load', () => navigator.serviceWorker.register('/sw.js').catch(() => {}), { once: true });
  }
  document.addEventListener('click', (event) => {
    // The language switch keeps the reader's place: the section in the fragment comes along.
    const localeSwitch = event.target instanceof Element ? event.target.closest('a[data-locale-switch]') : null;
    if (localeSwitch) {
      const url = new URL(localeSwitch.href);
      url.search = window.location.search;
      url.hash = window.location.hash;
      localeSwitch.href = url.href;
      return;
    }
    const button = event.target instanceof Element ? event.target.closest('button[data-copy-text]') : null;
    if (!button) return;
    const status = button.nextElementSibling;
    const text = button.dataset.copyText + (button.hasAttribute('data-copy-query') ? window.location.search : '');
    const say = (message) => {
      if (status?.getAttribute('role') === 'status') status.textContent = message;
    };
    navigator.clipboard.writeText(text).then(
      () => say(button.dataset.copied),
      () => say(button.dataset.copyFailed),
    );
  });
})();

// Pages that need no React (home, guides, sources) are served as plain HTML (scripts/build-html-only.mjs).
// This script gives them what the layout's islands give other pages: offline use through the same service
// worker, and the share panel's copy button (see components/share/CopyButton.tsx).
(() => {
  if ('serviceWorker' in navigator) {
    window.addEventListener('load', () => navigator.serviceWorker.register('/sw.js').catch(() => {}), { once: true });
  }
  document.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest('button[data-copy-text]') : null;
    if (!button) return;
    const status = button.nextElementSibling;
    const text = button.dataset.copyText + (button.hasAttribute('data-copy-query') ? window.location.search + window.location.hash : '');
    const say = (message) => {
      if (status?.getAttribute('role') === 'status') status.textContent = message;
    };
    navigator.clipboard.writeText(text).then(
      () => say(button.dataset.copied),
      () => say(button.dataset.copyFailed),
    );
  });
})();

// The bare address picks the reader's language: English when the browser prefers English over Indonesian,
// Indonesian otherwise. A file, not an inline script, so the page runs under the strict security policy.
(() => {
  try {
    for (const language of navigator.languages || [navigator.language]) {
      const code = String(language).slice(0, 2).toLowerCase();
      if (code === 'en') return location.replace('/en/');
      if (code === 'id' || code === 'in' || code === 'ms') return location.replace('/id/');
    }
  } catch {}
  location.replace('/id/');
})();

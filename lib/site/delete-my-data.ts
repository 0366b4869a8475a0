/**
 * Deletes everything this site keeps on the device: local and session storage, the service worker and its
 * caches. The service worker goes first, so that it cannot refill the caches deleted after it. Returns how many
 * things it found (0: there was nothing to delete). The site script uses it too (components/enhance/enhance.ts).
 */
export async function deleteMyData(): Promise<number> {
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
}

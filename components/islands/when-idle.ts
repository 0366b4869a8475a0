/**
 * Runs `task` when the browser is next idle (at the latest after `timeout` ms), or shortly where the browser cannot
 * say when it is idle; returns how to cancel it. For work a person has not asked for yet, so that it does not fall
 * on their taps.
 */
export function whenIdle(task: () => void, timeout?: number): () => void {
  if ('requestIdleCallback' in window) {
    const handle = window.requestIdleCallback(task, timeout === undefined ? undefined : { timeout });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = setTimeout(task, 100);
  return () => clearTimeout(handle);
}

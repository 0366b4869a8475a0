import { type ApelEvent, cleanEvent, hasEvent } from './event';

/**
 * The assembly a quiz was opened from, kept on the device so that the result still carries it after the quiz
 * rewrites its address or the page is reloaded. It expires after a day, so that a later quiz taken alone is
 * not filed under an old assembly.
 */
export const savedEventKey = 'asn-netral-apel-event';
export const savedEventLifetimeMs = 24 * 60 * 60 * 1000;

export interface EventStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export function saveEvent(storage: EventStorage | null, event: ApelEvent, now: number): void {
  try {
    storage?.setItem(savedEventKey, JSON.stringify({ event, savedAt: now }));
  } catch {
    // Storage full or blocked: the event then lasts as long as the page.
  }
}

export function readSavedEvent(storage: EventStorage | null, now: number): ApelEvent | null {
  try {
    const saved = JSON.parse(storage?.getItem(savedEventKey) ?? 'null') as { event?: Partial<ApelEvent>; savedAt?: number } | null;
    if (!saved || typeof saved.savedAt !== 'number' || now - saved.savedAt > savedEventLifetimeMs || now < saved.savedAt) return null;
    const event = cleanEvent(saved.event ?? {});
    return hasEvent(event) ? event : null;
  } catch {
    return null;
  }
}

export function forgetEvent(storage: EventStorage | null): void {
  try {
    storage?.removeItem(savedEventKey);
  } catch {
    // Nothing to forget.
  }
}

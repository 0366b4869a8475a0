import { describe, expect, it } from 'vitest';
import { cleanEvent } from './event';
import { forgetEvent, readSavedEvent, saveEvent, savedEventKey, savedEventLifetimeMs } from './saved-event';

function memory() {
  const items = new Map<string, string>();
  return { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v), removeItem: (k: string) => void items.delete(k), items };
}
const event = cleanEvent({ office: 'BKD', name: 'Apel Senin', date: '2026-12-07' });

describe('saved event', () => {
  it('keeps the event for a day, then forgets it', () => {
    const storage = memory();
    saveEvent(storage, event, 1000);
    expect(readSavedEvent(storage, 1000 + savedEventLifetimeMs - 1)).toEqual(event);
    expect(readSavedEvent(storage, 1000 + savedEventLifetimeMs + 1)).toBeNull();
    forgetEvent(storage);
    expect(readSavedEvent(storage, 1000)).toBeNull();
  });
  it('ignores damaged or empty entries and works without storage', () => {
    const storage = memory();
    storage.items.set(savedEventKey, '{not json');
    expect(readSavedEvent(storage, 0)).toBeNull();
    storage.items.set(savedEventKey, JSON.stringify({ event: {}, savedAt: 0 }));
    expect(readSavedEvent(storage, 0)).toBeNull();
    expect(readSavedEvent(null, 0)).toBeNull();
  });
});

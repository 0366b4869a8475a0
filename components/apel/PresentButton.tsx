'use client';

/** Asks the slide deck (SlideDeck) to start from the first slide in full screen, with the timer running. */
export const presentEvent = 'apel:present';

export function PresentButton({ label }: { label: string }) {
  return (
    <button type="button" className="btn text-lg" onClick={() => window.dispatchEvent(new Event(presentEvent))}>
      <span aria-hidden="true">▶</span> {label}
    </button>
  );
}

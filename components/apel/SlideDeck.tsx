'use client';

import { type KeyboardEvent, type PointerEvent, type ReactNode, useEffect, useRef, useState } from 'react';

interface Props {
  /** Slides rendered by the server, already translated. */
  slides: ReactNode[];
  /** Per slide: an extra class for slides that need more room. */
  slideClassNames: string[];
  /** Per slide: "Slide 3 of 7: title" (screen readers) and "3 / 7" (on screen). */
  slideLabels: string[];
  counters: string[];
  labels: {
    deck: string;
    roleDeck: string;
    roleSlide: string;
    previous: string;
    next: string;
    enterFullscreen: string;
    exitFullscreen: string;
    keyboardHint: string;
  };
}

const swipeDistance = 50;

/** Presents server-rendered slides one at a time: arrow keys, swipe, buttons and full screen. */
export function SlideDeck({ slides, slideClassNames, slideLabels, counters, labels }: Props) {
  const [index, setIndex] = useState(0);
  const [canFullscreen, setCanFullscreen] = useState(false);
  const [fullscreen, setFullscreen] = useState(false);
  const deck = useRef<HTMLElement>(null);
  const swipeStart = useRef<number | null>(null);
  const last = slides.length - 1;
  const go = (to: number) => setIndex(Math.max(0, Math.min(last, to)));

  useEffect(() => {
    setCanFullscreen(document.fullscreenEnabled);
    const update = () => setFullscreen(document.fullscreenElement === deck.current);
    document.addEventListener('fullscreenchange', update);
    return () => document.removeEventListener('fullscreenchange', update);
  }, []);

  const toggleFullscreen = () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else deck.current?.requestFullscreen().catch(() => undefined);
    deck.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const onButton = event.target instanceof HTMLButtonElement;
    const moves: Record<string, number> = { ArrowRight: index + 1, PageDown: index + 1, ArrowLeft: index - 1, PageUp: index - 1, Home: 0, End: last };
    if (!onButton && event.key === ' ') moves[' '] = index + 1;
    const target = moves[event.key];
    if (target !== undefined) go(target);
    else if (event.key === 'f' || event.key === 'F') toggleFullscreen();
    else return;
    event.preventDefault();
  };

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    swipeStart.current = event.pointerType === 'mouse' ? null : event.clientX;
  };
  const onPointerUp = (event: PointerEvent<HTMLDivElement>) => {
    if (swipeStart.current === null) return;
    const distance = event.clientX - swipeStart.current;
    swipeStart.current = null;
    if (Math.abs(distance) >= swipeDistance) go(distance < 0 ? index + 1 : index - 1);
  };

  const controlClass = 'btn btn-secondary min-w-11 justify-center aria-disabled:opacity-50';
  return (
    <section
      ref={deck}
      className="deck"
      aria-roledescription={labels.roleDeck}
      aria-label={labels.deck}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: the deck takes focus so that arrow keys move the slides
      tabIndex={0}
      onKeyDown={onKeyDown}
    >
      <div className="deck-stage" onPointerDown={onPointerDown} onPointerUp={onPointerUp}>
        {slides.map((slide, i) => (
          <section
            // biome-ignore lint/suspicious/noArrayIndexKey: the slide list is fixed at build time
            key={i}
            className={`deck-slide ${slideClassNames[i] ?? ''}`}
            data-current={i === index ? '' : undefined}
            aria-roledescription={labels.roleSlide}
            aria-label={slideLabels[i]}
          >
            {slide}
          </section>
        ))}
      </div>
      <div className="no-print flex flex-wrap items-center justify-between gap-3">
        <button type="button" className={controlClass} aria-disabled={index === 0} onClick={() => go(index - 1)}>
          <span aria-hidden="true">←</span> {labels.previous}
        </button>
        <p role="status" aria-atomic="true" className="text-lg font-bold tabular-nums">
          <span aria-hidden="true">{counters[index]}</span>
          <span className="sr-only">{slideLabels[index]}</span>
        </p>
        <button type="button" className={controlClass} aria-disabled={index === last} onClick={() => go(index + 1)}>
          {labels.next} <span aria-hidden="true">→</span>
        </button>
        {/* Invisible (not absent) until the browser proves it can go full screen: no layout shift. */}
        <button type="button" className={canFullscreen ? 'btn' : 'btn invisible'} onClick={toggleFullscreen}>
          {fullscreen ? labels.exitFullscreen : labels.enterFullscreen}
        </button>
        <p className="basis-full text-sm text-muted">{labels.keyboardHint}</p>
      </div>
    </section>
  );
}

'use client';

import { formatMessage, type Message } from '@/lib/i18n/format-message';
import { type KeyboardEvent, type PointerEvent, type ReactNode, useCallback, useEffect, useRef, useState } from 'react';
import { clock } from '@/lib/apel/format';
import { presentEvent } from './PresentButton';

export interface SlideDeckLabels {
  deck: string;
  roleDeck: string;
  roleSlide: string;
  previous: string;
  next: string;
  enterFullscreen: string;
  exitFullscreen: string;
  keyboardHint: string;
  notesTitle: string;
  /** "Suggested time on this slide: {time}" */
  notesTime: Message;
  showNotes: string;
  hideNotes: string;
  /** "{elapsed} of {total}" */
  timer: Message;
  timerLabel: string;
  startTimer: string;
  pauseTimer: string;
  resetTimer: string;
  showTimer: string;
  hideTimer: string;
  showQr: string;
  hideQr: string;
}

interface Props {
  locale: string;
  /** Slides rendered by the server, already translated. */
  slides: ReactNode[];
  /** Per slide: an extra class for slides that need more room. */
  slideClassNames: string[];
  /** Per slide: "Slide 3 of 7: title" (screen readers) and "3 / 7" (on screen). */
  slideLabels: string[];
  counters: string[];
  /** Per slide: what to say and the suggested seconds. */
  notes: { text: string; seconds: number }[];
  /** The planned length of the whole presentation, in seconds. */
  plannedSeconds: number;
  /** The big QR code shown over any slide with Q. */
  qrOverlay: ReactNode;
  labels: SlideDeckLabels;
}

const swipeDistance = 50;
/** In full screen the controls fade out after this long without pointer movement, so they are not projected. */
const idleAfterMs = 2500;

/**
 * Presents server-rendered slides one at a time: arrow keys, swipe, buttons and full screen; speaker notes
 * with suggested times and a timer the presenter can hide; Q shows a full-size QR code over any slide.
 */
export function SlideDeck({ locale, slides, slideClassNames, slideLabels, counters, notes, plannedSeconds, qrOverlay, labels }: Props) {
  const [index, setIndex] = useState(0);
  const [canFullscreen, setCanFullscreen] = useState(false);
  const [fullscreen, setFullscreen] = useState(false);
  const [idle, setIdle] = useState(false);
  const [showQr, setShowQr] = useState(false);
  const [showNotes, setShowNotes] = useState(true);
  const [showTimer, setShowTimer] = useState(true);
  const [running, setRunning] = useState(false);
  const [elapsed, setElapsed] = useState(0);
  const deck = useRef<HTMLElement>(null);
  const idleTimer = useRef<number | undefined>(undefined);
  const swipeStart = useRef<number | null>(null);
  const last = slides.length - 1;
  const go = (to: number) => setIndex(Math.max(0, Math.min(last, to)));

  const toggleFullscreen = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else deck.current?.requestFullscreen().catch(() => undefined);
    deck.current?.focus();
  }, []);

  useEffect(() => {
    setCanFullscreen(document.fullscreenEnabled);
    const update = () => {
      const on = document.fullscreenElement === deck.current;
      setFullscreen(on);
      setIdle(on);
    };
    const present = () => {
      setIndex(0);
      setShowQr(false);
      setRunning(true);
      deck.current?.scrollIntoView({ block: 'start' });
      if (document.fullscreenEnabled && !document.fullscreenElement) deck.current?.requestFullscreen().catch(() => undefined);
      deck.current?.focus();
    };
    document.addEventListener('fullscreenchange', update);
    window.addEventListener(presentEvent, present);
    return () => {
      document.removeEventListener('fullscreenchange', update);
      window.removeEventListener(presentEvent, present);
    };
  }, []);

  useEffect(() => {
    if (!running) return;
    const tick = window.setInterval(() => setElapsed((seconds) => seconds + 1), 1000);
    return () => window.clearInterval(tick);
  }, [running]);

  useEffect(() => () => window.clearTimeout(idleTimer.current), []);

  const wake = () => {
    if (!fullscreen) return;
    setIdle(false);
    window.clearTimeout(idleTimer.current);
    idleTimer.current = window.setTimeout(() => setIdle(true), idleAfterMs);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const onButton = event.target instanceof HTMLButtonElement;
    const moves: Record<string, number> = { ArrowRight: index + 1, PageDown: index + 1, ArrowLeft: index - 1, PageUp: index - 1, Home: 0, End: last };
    if (!onButton && event.key === ' ') moves[' '] = index + 1;
    const target = moves[event.key];
    const key = event.key.toLowerCase();
    if (target !== undefined) go(target);
    else if (key === 'f') toggleFullscreen();
    else if (key === 'q') setShowQr((shown) => !shown);
    else if (key === 't') setShowTimer((shown) => !shown);
    else if (key === 'n') setShowNotes((shown) => !shown);
    else if (key === 'escape' && showQr) setShowQr(false);
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

  const note = notes[index];
  const over = elapsed > plannedSeconds;
  const controlClass = 'btn btn-secondary min-w-11 justify-center aria-disabled:opacity-50';
  return (
    <section
      ref={deck}
      className="deck"
      data-print-alone=""
      data-idle={fullscreen && idle ? '' : undefined}
      aria-roledescription={labels.roleDeck}
      aria-label={labels.deck}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: the deck takes focus so that arrow keys move the slides
      tabIndex={0}
      onKeyDown={onKeyDown}
      onPointerMove={wake}
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
        {/* Always in the page, hidden while off: the overlay is server-rendered content (an island slot), which stays mounted. */}
        <div className={showQr ? 'deck-qr' : undefined} hidden={!showQr}>
          {qrOverlay}
        </div>
      </div>
      <div className="deck-controls no-print flex flex-wrap items-center justify-between gap-3">
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
        <div className="flex basis-full flex-wrap items-center gap-3">
          {showTimer && (
            <p className={`deck-timer text-lg font-bold tabular-nums ${over ? 'text-violation' : ''}`}>
              <span className="sr-only">{labels.timerLabel}: </span>
              {formatMessage(labels.timer, locale, { elapsed: clock(elapsed), total: clock(plannedSeconds) })}
            </p>
          )}
          <button type="button" className="btn btn-secondary" onClick={() => setRunning((on) => !on)}>
            {running ? labels.pauseTimer : labels.startTimer}
          </button>
          <button type="button" className="btn btn-secondary" onClick={() => setElapsed(0)}>
            {labels.resetTimer}
          </button>
          <button type="button" className="btn btn-secondary" aria-pressed={!showTimer} onClick={() => setShowTimer((shown) => !shown)}>
            {showTimer ? labels.hideTimer : labels.showTimer}
          </button>
          <button type="button" className="btn btn-secondary" aria-pressed={showQr} onClick={() => setShowQr((shown) => !shown)}>
            {showQr ? labels.hideQr : labels.showQr}
          </button>
        </div>
        <p className="deck-hint basis-full text-sm text-muted">{labels.keyboardHint}</p>
      </div>
      <aside className="deck-notes no-print" aria-labelledby="deck-notes-title">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h3 id="deck-notes-title" className="text-lg font-bold">
            {labels.notesTitle}
          </h3>
          <button type="button" className="btn btn-secondary" aria-expanded={showNotes} onClick={() => setShowNotes((shown) => !shown)}>
            {showNotes ? labels.hideNotes : labels.showNotes}
          </button>
        </div>
        {showNotes && note && (
          <div className="mt-2 max-w-prose">
            <p className="text-sm font-semibold text-muted">{formatMessage(labels.notesTime, locale, { time: clock(note.seconds) })}</p>
            <p className="mt-1">{note.text}</p>
          </div>
        )}
      </aside>
    </section>
  );
}

// How long the checker, the quiz and the slide deck take to answer a tap or a key press on a slow phone:
// the CPU is slowed down (Chrome DevTools' "mid-tier mobile" is 4×), a person's journey is driven by roles and
// accessible names from messages/*.json, and the browser's own Event Timing API measures each interaction
// from the input to the next paint. Called by scripts/measure.mjs; not a test (nothing here is timed by us).
import { readFileSync } from 'node:fs';
import { eventThresholdMs, median, slowestInteractionMs } from './measure-lib.mjs';

/** @typedef {import('@playwright/test').Page} Page */
/** @typedef {import('@playwright/test').Locator} Locator */
/**
 * One interaction: `act` is what to tap (scrolled into view first, as a person scrolls before tapping; the scroll is
 * not part of the interaction) or, for a key press, what to do; `done` waits for its outcome.
 * @typedef {(name: string, act: Locator | (() => Promise<unknown>), done?: () => Promise<unknown>) => Promise<void>} Step
 */

const messages = Object.fromEntries(
  ['id', 'en'].map((locale) => [locale, JSON.parse(readFileSync(new URL(`../messages/${locale}.json`, import.meta.url), 'utf8'))]),
);
const escapeRegExp = (/** @type {string} */ text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Runs in the page before its own scripts: keeps every Event Timing entry the browser reports, and when the
 * last long task ended (to tell when hydration is over without knowing the framework).
 */
function observeEvents(/** @type {number} */ threshold) {
  const seen = [];
  Object.defineProperty(window, '__measuredEvents', { value: seen });
  Object.defineProperty(window, '__lastLongTaskEnd', { value: 0, writable: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      /** @type {any} */ (window).__lastLongTaskEnd = Math.max(/** @type {any} */ (window).__lastLongTaskEnd, entry.startTime + entry.duration);
    }
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      seen.push({ name: entry.name, interactionId: entry.interactionId, duration: entry.duration, startTime: entry.startTime });
    }
  }).observe({ type: 'event', durationThreshold: threshold, buffered: true });
}

/** Waits until the page has painted and no further event entries arrive (they are reported after the paint). */
async function settle(/** @type {Page} */ page) {
  await page.evaluate(async () => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined)));
    const pause = (/** @type {number} */ ms) => new Promise((resolve) => setTimeout(resolve, ms));
    const events = /** @type {any} */ (window).__measuredEvents;
    let count = -1;
    while (count !== events.length) {
      count = events.length;
      await frame();
      await frame();
      await pause(150);
    }
  });
}

/**
 * Opens a page and waits until its scripts have loaded and the main thread has had no long task for half a
 * second: the islands are hydrated, as they would be by the time a person reads the first question and taps.
 */
async function open(/** @type {Page} */ page, /** @type {string} */ url) {
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
  await page.waitForFunction(
    () => performance.now() - /** @type {any} */ (window).__lastLongTaskEnd > 500,
    undefined,
    { polling: 100, timeout: 30_000 },
  );
  await settle(page);
}

/**
 * Taps the middle of an element as a person would: a plain mouse click at its position. Playwright's own
 * `click()` and `check()` first install listeners in the page to verify what the click hits; at a 4× slowdown
 * they added several milliseconds to each measured interaction, work the portal's pages never do.
 */
async function tap(/** @type {Locator} */ locator) {
  const box = await locator.boundingBox();
  if (!box) throw new Error(`nothing to tap: ${locator}`);
  await locator.page().mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

/** Waits until a tapped radio button is checked (a tap that missed fails the run). */
async function expectChecked(/** @type {Locator} */ radio) {
  for (let waited = 0; waited < 10_000; waited += 50) {
    if (await radio.isChecked()) return;
    await radio.page().waitForTimeout(50);
  }
  throw new Error(`the tap did not check ${radio}`);
}

/** Waits until a locator's text differs from what it was. */
async function textChanged(/** @type {Locator} */ locator, /** @type {string} */ before) {
  const page = locator.page();
  for (let waited = 0; waited < 20_000; waited += 100) {
    if ((await locator.textContent()) !== before) return;
    await page.waitForTimeout(100);
  }
  throw new Error(`"${before}" did not change`);
}

/**
 * The checker's questions as content/checker/questions.json words them (the source of truth for the labels),
 * and the path a person takes through them: a civil servant who likes a candidate's post, the commonest case
 * and one that asks several questions. A question off this path is answered with its first option.
 */
const checkerQuestions = JSON.parse(readFileSync(new URL('../content/checker/questions.json', import.meta.url), 'utf8')).questions;
const checkerPath = { actor: 'pns', activity: 'social_media', sm_target: 'candidate', sm_action: 'like' };
const checkerPathLabels = (/** @type {string} */ locale) =>
  Object.entries(checkerPath).map(([key, value]) => {
    const option = checkerQuestions.find((/** @type {any} */ question) => question.key === key)?.options.find((/** @type {any} */ candidate) => candidate.value === value);
    if (!option) throw new Error(`content/checker/questions.json has no option ${key}=${value}`);
    return /** @type {string} */ (option.label[locale]);
  });

/** The radio to choose on the question on screen: the one on the path, else the first. */
async function checkerChoice(/** @type {Locator} */ main, /** @type {string} */ locale) {
  for (const label of checkerPathLabels(locale)) {
    const radio = main.getByRole('radio', { name: label, exact: true });
    if ((await radio.count()) > 0) return radio;
  }
  return main.getByRole('radio').first();
}

/**
 * The journeys: what a person does on each page, step by step. Step names are the same in both locales,
 * so that the report compares them.
 * @type {Record<string, (page: Page, t: any, locale: string, step: Step) => Promise<void>>}
 */
export const journeys = {
  async checker(page, t, locale, step) {
    const c = t.ScenarioChecker;
    await open(page, `/${locale}/cek/`);
    const main = page.getByRole('main');
    const proceed = main.getByRole('button', { name: c.continue, exact: true });
    let answered = 0;
    for (let question = 1; question <= 5 && (await proceed.isVisible()); question++) {
      const radio = await checkerChoice(main, locale);
      await step(`select answer ${question}`, radio, () => expectChecked(radio));
      const before = page.url();
      await step(`continue ${question}`, proceed, () => page.waitForURL((url) => url.href !== before));
      answered++;
    }
    if (answered === 0) throw new Error(`no question with a "${c.continue}" button on /${locale}/cek/`);
    const change = main.getByRole('button', { name: new RegExp(`^${escapeRegExp(c.change)}\\s*:`) }).first();
    await step('open the answer list', main.getByText(t.CheckerResult.changeAnswers, { exact: true }), () => change.waitFor());
    await step('change an answer', change, () => main.getByRole('button', { name: c.cancel, exact: true }).waitFor());
    await step('select another answer', main.getByRole('radio').nth(1), () => expectChecked(main.getByRole('radio').nth(1)));
    const before = page.url();
    await step('continue after the change', proceed, () => page.waitForURL((url) => url.href !== before));
  },

  async quiz(page, t, locale, step) {
    const q = t.Quiz;
    await open(page, `/${locale}/kuis/`);
    const main = page.getByRole('main');
    const check = main.getByRole('button', { name: q.checkAnswer, exact: true });
    const next = main.getByRole('button', { name: q.next, exact: true });
    await step('start the short round', main.getByRole('button', { name: q.startShort, exact: true }), () => check.waitFor());
    for (let question = 1; question <= 2; question++) {
      await step(`select answer ${question}`, main.getByRole('radio').first(), () => expectChecked(main.getByRole('radio').first()));
      await step(`check answer ${question}`, check, () => next.waitFor());
      await step(`next question ${question}`, next, () => check.waitFor());
    }
  },

  async apel(page, t, locale, step) {
    const a = t.ApelSlides;
    await open(page, `/${locale}/apel/`);
    const deck = page.getByRole('region', { name: a.deckLabel });
    const counter = deck.getByRole('status');
    const advance = async (/** @type {string} */ name, /** @type {Locator | (() => Promise<unknown>)} */ act) => {
      const before = (await counter.textContent()) ?? '';
      await step(name, act, () => textChanged(counter, before));
    };
    for (let slide = 1; slide <= 2; slide++) await advance(`next slide ${slide} (button)`, deck.getByRole('button', { name: a.next, exact: true }));
    await deck.focus();
    await advance('next slide (arrow key)', () => page.keyboard.press('ArrowRight'));
    await advance('previous slide (button)', deck.getByRole('button', { name: a.previous, exact: true }));
  },
};

/**
 * One run of one journey in a fresh context (no cache, no storage, no service worker competing for the CPU),
 * returning the slowest interaction of each step.
 * @param {import('@playwright/test').Browser} browser
 */
async function runJourney(browser, /** @type {string} */ origin, /** @type {string} */ journey, /** @type {string} */ locale, /** @type {number} */ cpuSlowdown) {
  const context = await browser.newContext({ baseURL: origin, viewport: { width: 412, height: 823 }, serviceWorkers: 'block', locale });
  context.setDefaultTimeout(30_000);
  try {
    const page = await context.newPage();
    await page.addInitScript(observeEvents, eventThresholdMs);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
    /** @type {{ step: string, from: number }[]} */
    const steps = [];
    /** @type {Step} */
    const step = async (name, act, done) => {
      if (typeof act !== 'function') await act.scrollIntoViewIfNeeded();
      await settle(page);
      steps.push({ step: name, from: await page.evaluate(() => performance.now()) });
      await (typeof act === 'function' ? act() : tap(act));
      if (done) await done();
      await settle(page);
    };
    const run = journeys[journey];
    if (!run) throw new Error(`no journey for "${journey}"`);
    await run(page, messages[locale], locale, step);
    // An entry arrives only after the paint that ends it, which can be after its step is over: each interaction
    // counts for the step in which it began.
    await page.waitForTimeout(2000);
    await settle(page);
    const entries = await page.evaluate(() => /** @type {any} */ (window).__measuredEvents);
    return steps.map(({ step: name, from }, index) => {
      const until = steps[index + 1]?.from ?? Number.POSITIVE_INFINITY;
      return { step: name, ms: slowestInteractionMs(entries.filter((/** @type {{ startTime: number }} */ entry) => entry.startTime >= from && entry.startTime < until)) };
    });
  } finally {
    await context.close();
  }
}

/**
 * Every journey in every locale, `runs` times; the median of each step's slowest interaction.
 * A journey that cannot be driven (a label changed, a step never finished) is an error, not a figure.
 * @param {{ browser: import('@playwright/test').Browser, origin: string, journeys: string[], locales: string[], runs: number, cpuSlowdown: number, log?: (line: string) => void }} options
 */
export async function measureInteractions({ browser, origin, journeys: chosen, locales, runs, cpuSlowdown, log = () => {} }) {
  /** @type {import('./measure-lib.mjs').InteractionResult[]} */
  const results = [];
  /** @type {{ subject: string, message: string }[]} */
  const errors = [];
  for (const journey of chosen) {
    for (const locale of locales) {
      /** @type {Map<string, number[]>} */
      const byStep = new Map();
      try {
        for (let run = 1; run <= runs; run++) {
          log(`interactions: ${journey} /${locale}/ run ${run} of ${runs}`);
          for (const { step, ms } of await runJourney(browser, origin, journey, locale, cpuSlowdown)) byStep.set(step, [...(byStep.get(step) ?? []), ms]);
        }
        for (const [step, runsMs] of byStep) results.push({ journey, locale, step, runsMs, medianMs: median(runsMs) ?? Number.NaN });
      } catch (error) {
        const message = error instanceof Error ? error.message.split('\n')[0] ?? '' : String(error);
        errors.push({ subject: `${journey} /${locale}/`, message: `${journey} /${locale}/: the journey could not be driven: ${message}` });
      }
    }
  }
  return { results, errors };
}

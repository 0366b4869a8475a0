'use client';

import { type FormEvent, type ReactNode, useCallback, useEffect, useRef, useState } from 'react';
import type { CheckerCase } from '@/lib/search/checker-cases';
import { formatMessage, type Message } from '@/lib/i18n/format-message';
import type { ScenarioMatcher, SearchVocabulary } from '@/lib/search/scenario-matcher';
import { liftAboveKeyboard } from './lift-above-keyboard';
import { loadScenarioEngine } from './scenario-engine';

/** Texts in the reader's language; the two with `{count}` and `{query}` are compiled ICU messages. */
export interface SearchBoxLabels {
  label: string;
  submit: string;
  idle: string;
  loading: string;
  /** No guide mentions the words (the cases and the next steps follow). */
  noGuides: Message;
  /** "{count} guides mention …", with the plural forms of the page's language. */
  results: Message;
  failed: string;
  casesTitle: string;
  nextStepsTitle: string;
}

/** Where to go when the guides have no answer: the checker, the list of guides, and who to ask. */
export interface NextStep {
  href: string;
  text: string;
}

interface Result {
  url: string;
  title: string;
  excerpt: string;
  sections: { url: string; title: string }[];
}

interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results?: { url: string; title: string }[];
}
interface Pagefind {
  init(): Promise<void>;
  search(query: string): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

// The index is built into /pagefind/ after the export; it is loaded on first use, never bundled.
let pagefind: Promise<Pagefind> | undefined;
function loadPagefind(): Promise<Pagefind> {
  const url = '/pagefind/pagefind.js';
  pagefind ??= import(/* webpackIgnore: true */ /* turbopackIgnore: true */ url).then(async (module: Pagefind) => {
    await module.init();
    return module;
  });
  return pagefind;
}

/** The words Pagefind marked as hits in an excerpt. */
const markedWords = (excerpt: string) => Array.from(excerpt.matchAll(/<mark>(.*?)<\/mark>/g), (match) => match[1] ?? '');

/** Pagefind's excerpt marks hits with <mark>; turn it into React nodes without injecting HTML. */
function highlight(excerpt: string): ReactNode[] {
  const body = new DOMParser().parseFromString(excerpt, 'text/html').body;
  return Array.from(body.childNodes).map((node, index) =>
    // biome-ignore lint/suspicious/noArrayIndexKey: a fixed excerpt, rendered once and never reordered
    node.nodeName === 'MARK' ? <mark key={index}>{node.textContent}</mark> : node.textContent,
  );
}

interface Props {
  locale: string;
  labels: SearchBoxLabels;
  /** The checker's cases, matched by the same engine as the checker's own free-text box. */
  cases: CheckerCase[];
  vocabulary: SearchVocabulary;
  nextSteps: NextStep[];
}

/**
 * The search page's box: reads `?q=`, keeps the URL in step, and as you type shows the checker's similar
 * cases, then the guides in the page's language that mention the words; when no guide does, where to go next.
 */
export function SearchBox({ locale, labels, cases, vocabulary, nextSteps }: Props) {
  const [query, setQuery] = useState('');
  const [searched, setSearched] = useState('');
  const [state, setState] = useState<'idle' | 'loading' | 'done' | 'failed'>('idle');
  const [results, setResults] = useState<Result[]>([]);
  const [total, setTotal] = useState(0);
  const [similar, setSimilar] = useState<CheckerCase[]>([]);
  const latest = useRef(0);
  const matcher = useRef<ScenarioMatcher>(undefined);

  const run = useCallback(
    async (text: string) => {
      const ticket = ++latest.current;
      const trimmed = text.trim();
      const url = new URL(window.location.href);
      if (trimmed) url.searchParams.set('q', trimmed);
      else url.searchParams.delete('q');
      window.history.replaceState(null, '', url);
      window.dispatchEvent(new Event('asn:querychange'));
      setSearched(trimmed);
      if (!trimmed) {
        setResults([]);
        setSimilar([]);
        setState('idle');
        return;
      }
      setState('loading');
      try {
        const engine = await loadScenarioEngine();
        matcher.current ??= engine.createScenarioMatcher(cases, vocabulary);
        const ids = matcher.current(trimmed);
        if (ticket !== latest.current) return;
        setSimilar(ids.flatMap((id) => cases.filter((found) => found.id === id)));
        // Question words ("boleh", "apakah", "may I") would only find guides that happen to contain them;
        // slang the guides do not use ("medsos") is tried again in their words ("media sosial").
        let relevant: PagefindResultData[] = [];
        let matched = trimmed;
        for (const words of engine.guideQueries(trimmed, vocabulary, locale)) {
          const found = (await (await loadPagefind()).search(words))?.results ?? [];
          // A dozen guides per language: reading every hit's excerpt is cheap, and lets weak hits go.
          const data = await Promise.all(found.slice(0, 20).map((result) => result.data()));
          relevant = data.filter((item) => engine.marksMatch(markedWords(item.excerpt), words));
          matched = words;
          if (relevant.length) break;
        }
        if (ticket !== latest.current) return;
        setTotal(relevant.length);
        setSearched(relevant.length ? matched : trimmed);
        setResults(
          relevant.slice(0, 10).map((item) => ({
            url: item.url,
            title: item.meta.title ?? item.url,
            excerpt: item.excerpt,
            sections: (item.sub_results ?? []).filter((sub) => sub.url.includes('#')).slice(0, 3),
          })),
        );
        setState('done');
      } catch {
        if (ticket === latest.current) setState('failed');
      }
    },
    [cases, vocabulary, locale],
  );

  useEffect(() => {
    const initial = new URLSearchParams(window.location.search).get('q') ?? '';
    // Only a linked query fills the box: the island runtime runs this after paint, when the person may have typed.
    if (!initial) return;
    setQuery(initial);
    if (initial.trim()) void run(initial);
  }, [run]);

  useEffect(() => {
    const timer = window.setTimeout(() => {
      const current = new URLSearchParams(window.location.search).get('q') ?? '';
      if (query.trim() !== current) void run(query);
    }, 250);
    return () => window.clearTimeout(timer);
  }, [query, run]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(query);
  };

  // The reader's words inside our sentence: cut to a readable length and isolated (FSI … PDI), so that a hostile
  // link can neither widen the page nor turn the sentence around with right-to-left characters.
  const shown = `\u2068${searched.length > 80 ? `${searched.slice(0, 80)}…` : searched}\u2069`;
  const status =
    state === 'loading'
      ? labels.loading
      : state === 'failed'
        ? labels.failed
        : state === 'done'
          ? results.length
            ? formatMessage(labels.results, locale, { count: total, query: shown })
            : formatMessage(labels.noGuides, locale, { query: shown })
          : labels.idle;

  return (
    <div className="mt-6">
      <search aria-label={labels.label}>
        <form onSubmit={submit} className="flex max-w-xl scroll-mt-2 gap-2">
          <label htmlFor="search-page-query" className="sr-only">
            {labels.label}
          </label>
          <input
            id="search-page-query"
            type="search"
            name="q"
            value={query}
            maxLength={300}
            onChange={(event) => setQuery(event.target.value)}
            onFocus={(event) => event.currentTarget.form && liftAboveKeyboard(event.currentTarget.form)}
            className="min-h-11 min-w-0 flex-1 rounded-md border border-line bg-canvas px-3 text-ink"
          />
          <button type="submit" className="btn">
            {labels.submit}
          </button>
        </form>
      </search>
      {similar.length > 0 && (
        <section aria-labelledby="search-page-cases" className="mt-6 rounded-xl border border-line bg-surface p-4">
          <h2 id="search-page-cases" className="text-lg font-bold">
            {labels.casesTitle}
          </h2>
          <ul className="mt-2 grid gap-2">
            {similar.map((found) => (
              <li key={found.id}>
                <a className="link inline-block min-h-11 py-1 font-semibold" href={found.href}>
                  {found.title}
                </a>
                <p className="text-muted">{found.summary}</p>
              </li>
            ))}
          </ul>
        </section>
      )}
      <p role="status" className="mt-4 text-muted [overflow-wrap:anywhere]">
        {status}
      </p>
      {results.length > 0 && (
        <ol className="mt-4 space-y-5">
          {results.map((result) => (
            <li key={result.url}>
              <a className="link text-lg font-semibold" href={result.url}>
                {result.title}
              </a>
              <p className="mt-1">{highlight(result.excerpt)}</p>
              {result.sections.length > 0 && (
                <ul className="mt-1 flex flex-wrap gap-x-4 text-sm">
                  {result.sections.map((section) => (
                    <li key={section.url}>
                      {/* At least 24 px high, so that wrapped section links stay easy to tap (WCAG 2.5.8). */}
                      <a className="link inline-block py-1" href={section.url}>
                        {section.title}
                      </a>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}
      {state === 'done' && results.length === 0 && (
        <nav aria-labelledby="search-page-next" className="mt-6">
          <h2 id="search-page-next" className="text-lg font-bold">
            {labels.nextStepsTitle}
          </h2>
          <ul className="mt-2 grid gap-1">
            {nextSteps.map((step) => (
              <li key={step.href}>
                <a className="link inline-block min-h-11 py-2" href={step.href}>
                  {step.text}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </div>
  );
}

'use client';

import { type FormEvent, type ReactNode, useCallback, useEffect, useRef, useState } from 'react';

/** Already-translated texts; `{count}` and `{query}` are filled in here. */
export interface SearchBoxLabels {
  label: string;
  submit: string;
  idle: string;
  loading: string;
  noResults: string;
  results: string;
  failed: string;
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

/** Pagefind's excerpt marks hits with <mark>; turn it into React nodes without injecting HTML. */
function highlight(excerpt: string): ReactNode[] {
  const body = new DOMParser().parseFromString(excerpt, 'text/html').body;
  return Array.from(body.childNodes).map((node, index) =>
    // biome-ignore lint/suspicious/noArrayIndexKey: a fixed excerpt, rendered once and never reordered
    node.nodeName === 'MARK' ? <mark key={index}>{node.textContent}</mark> : node.textContent,
  );
}

const fill = (text: string, values: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));

/** The search page's box: reads `?q=`, searches the guides in the page's language as you type, keeps the URL in step. */
export function SearchBox({ labels }: { labels: SearchBoxLabels }) {
  const [query, setQuery] = useState('');
  const [state, setState] = useState<'idle' | 'loading' | 'done' | 'failed'>('idle');
  const [results, setResults] = useState<Result[]>([]);
  const latest = useRef(0);

  const run = useCallback(async (text: string) => {
    const ticket = ++latest.current;
    const trimmed = text.trim();
    const url = new URL(window.location.href);
    if (trimmed) url.searchParams.set('q', trimmed);
    else url.searchParams.delete('q');
    window.history.replaceState(null, '', url);
    window.dispatchEvent(new Event('asn:querychange'));
    if (!trimmed) {
      setResults([]);
      setState('idle');
      return;
    }
    setState('loading');
    try {
      const search = await (await loadPagefind()).search(trimmed);
      const data = await Promise.all((search?.results ?? []).slice(0, 10).map((result) => result.data()));
      if (ticket !== latest.current) return;
      setResults(
        data.map((item) => ({
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
  }, []);

  useEffect(() => {
    const initial = new URLSearchParams(window.location.search).get('q') ?? '';
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

  const status =
    state === 'loading'
      ? labels.loading
      : state === 'failed'
        ? labels.failed
        : state === 'done'
          ? results.length
            ? fill(labels.results, { count: results.length, query: query.trim() })
            : fill(labels.noResults, { query: query.trim() })
          : labels.idle;

  return (
    <div className="mt-6">
      <search aria-label={labels.label}>
        <form onSubmit={submit} className="flex max-w-xl gap-2">
        <label htmlFor="search-page-query" className="sr-only">
          {labels.label}
        </label>
        <input
          id="search-page-query"
          type="search"
          name="q"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          className="min-h-11 min-w-0 flex-1 rounded-md border border-line bg-canvas px-3 text-ink"
        />
        <button type="submit" className="btn">
          {labels.submit}
        </button>
        </form>
      </search>
      <p role="status" className="mt-4 text-muted">
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
                      <a className="link" href={section.url}>
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
    </div>
  );
}

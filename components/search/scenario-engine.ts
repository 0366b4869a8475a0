import { useEffect, useState } from 'react';
import type { MatchTarget, ScenarioMatcher, SearchVocabulary } from '@/lib/search/scenario-matcher';
import { fetchJson } from '@/components/islands/load-json';

let engine: Promise<typeof import('@/lib/search/scenario-matcher')> | undefined;

/**
 * The free-text engine (MiniSearch and the stemmers, about 8 KiB gzip) as a separate chunk, loaded when a
 * reader starts to search: most visits to the checker come from a shared link and never type.
 */
export function loadScenarioEngine() {
  engine ??= import('@/lib/search/scenario-matcher');
  return engine;
}

/** Cases to match, and the vocabulary that widens what people type (content/checker/synonyms.json). */
export interface MatcherData<Target extends MatchTarget> {
  scenarios: Target[];
  vocabulary: SearchVocabulary;
}

/**
 * A matcher over the cases at `dataUrl` (a static JSON), with the cases themselves, available once `wanted` has
 * turned true and both the engine and the data have loaded. Offline, the service worker serves the data.
 */
export function useScenarioMatcher<Target extends MatchTarget>(dataUrl: string, wanted: boolean) {
  const [ready, setReady] = useState<{ match: ScenarioMatcher; scenarios: Target[] }>();
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    const data = fetchJson<MatcherData<Target>>(dataUrl);
    Promise.all([loadScenarioEngine(), data]).then(
      ([engine, { scenarios, vocabulary }]) => {
        if (live) setReady({ match: engine.createScenarioMatcher(scenarios, vocabulary), scenarios });
      },
      // Without the data the box suggests nothing; the questions below still lead to every answer.
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [wanted, dataUrl]);
  return ready;
}

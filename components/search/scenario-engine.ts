import { useEffect, useState } from 'react';
import type { MatchTarget, ScenarioMatcher, SearchVocabulary } from '@/lib/search/scenario-matcher';

let engine: Promise<typeof import('@/lib/search/scenario-matcher')> | undefined;

/**
 * The free-text engine (MiniSearch and the stemmers, about 8 KiB gzip) as a separate chunk, loaded when a
 * reader starts to search: most visits to the checker come from a shared link and never type.
 */
export function loadScenarioEngine() {
  engine ??= import('@/lib/search/scenario-matcher');
  return engine;
}

/** A matcher over `targets`, available once `wanted` has turned true and the engine has loaded. */
export function useScenarioMatcher(targets: MatchTarget[], vocabulary: SearchVocabulary, wanted: boolean): ScenarioMatcher | undefined {
  const [matcher, setMatcher] = useState<ScenarioMatcher>();
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    void loadScenarioEngine().then((loaded) => {
      if (live) setMatcher(() => loaded.createScenarioMatcher(targets, vocabulary));
    });
    return () => {
      live = false;
    };
  }, [wanted, targets, vocabulary]);
  return matcher;
}

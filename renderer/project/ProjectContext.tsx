import { createContext, useContext, useMemo, useSyncExternalStore } from 'react';
import type { SimulationResult } from '../../models/result';
import type { CachedResult } from '../../models/resultCache';
import type { Scenario } from '../../models/scenario';
import { shownResult, type ResultCache } from './resultCache';

/** The open project's simulation results, for the views deep inside the workspace. */
export const ResultCacheContext = createContext<ResultCache | null>(null);

export function useResultCache(): ResultCache {
  const cache = useContext(ResultCacheContext);
  if (!cache) throw new Error('useResultCache outside a ResultCacheContext');
  return cache;
}

export function useCachedResults(cache: ResultCache): readonly CachedResult[] {
  return useSyncExternalStore(cache.subscribe, cache.getSnapshot);
}

/**
 * Each scenario's simulation result while it still matches the scenario: Compare and the business
 * case draw bands only from runs of exactly what is on screen, never from a stale run.
 */
export function useCurrentSimulations(scenarios: readonly Scenario[]): Readonly<Record<string, SimulationResult>> {
  const entries = useCachedResults(useResultCache());
  return useMemo(() => {
    const current: Record<string, SimulationResult> = {};
    for (const scenario of scenarios) {
      const shown = shownResult(entries, scenario);
      if (shown && !shown.stale) current[scenario.id] = shown.entry.result;
    }
    return current;
  }, [entries, scenarios]);
}

/**
 * Simulation results kept with the project (saved in the file's results table, DESIGN §6): the
 * latest run of each scenario, with the key of what produced it. A result is shown as current
 * only while the scenario and its run settings still hash to that key; otherwise it is stale.
 */
import { resultKey, type CachedResult } from '../../models/resultCache';
import type { Scenario } from '../../models/scenario';

export interface ResultCache {
  getSnapshot(): readonly CachedResult[];
  subscribe(listener: () => void): () => void;
  /** Keeps a run as its scenario's latest simulation result. */
  put(entry: CachedResult): void;
  /** What to save: only results of scenarios the project still has. */
  forSave(scenarioIds: ReadonlySet<string>): CachedResult[];
}

export function createResultCache(initial: readonly CachedResult[] = []): ResultCache {
  let entries: readonly CachedResult[] = latestPerScenario(initial.filter((e) => e.engine === 'des'));
  const listeners = new Set<() => void>();
  return {
    getSnapshot: () => entries,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    put(entry) {
      entries = [...entries.filter((e) => e.scenarioId !== entry.scenarioId), entry];
      listeners.forEach((l) => l());
    },
    forSave: (ids) => entries.filter((e) => ids.has(e.scenarioId)),
  };
}

function latestPerScenario(list: readonly CachedResult[]): CachedResult[] {
  const latest = new Map<string, CachedResult>();
  for (const e of list) {
    const had = latest.get(e.scenarioId);
    if (!had || had.created < e.created) latest.set(e.scenarioId, e);
  }
  return [...latest.values()];
}

export interface ShownResult {
  entry: CachedResult;
  /** The scenario or its run settings changed since this run. */
  stale: boolean;
}

/** The scenario's latest simulation result and whether it still matches the scenario. */
export function shownResult(entries: readonly CachedResult[], scenario: Scenario): ShownResult | null {
  const entry = entries.find((e) => e.scenarioId === scenario.id);
  return entry ? { entry, stale: entry.key !== resultKey(scenario, 'des') } : null;
}

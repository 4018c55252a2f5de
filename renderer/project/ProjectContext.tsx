import { createContext, useContext, useSyncExternalStore } from 'react';
import type { CachedResult } from '../../models/resultCache';
import type { ResultCache } from './resultCache';

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

import type { Project } from '../../models/project';
import type { ScenarioTimes } from './fileInfo';

export interface SavedScenarios {
  times: Record<string, ScenarioTimes>;
  /** Each scenario's JSON as last saved, to tell next time which ones changed. */
  json: Map<string, string>;
}

/**
 * A scenario keeps its created time for life and gets a new modified time only when its
 * content changed since the last save, so the file tells a reader which variants were touched.
 */
export function stampScenarios(project: Project, previous: SavedScenarios, now: string): SavedScenarios {
  const times: Record<string, ScenarioTimes> = {};
  const json = new Map<string, string>();
  for (const s of project.scenarios) {
    const text = JSON.stringify(s);
    const before = previous.times[s.id];
    const unchanged = before && previous.json.get(s.id) === text;
    times[s.id] = { created: before?.created || now, modified: unchanged ? before.modified : now };
    json.set(s.id, text);
  }
  return { times, json };
}

/** What was just read from a file counts as saved. */
export function savedFromLoaded(project: Project, times: Record<string, ScenarioTimes>): SavedScenarios {
  return { times, json: new Map(project.scenarios.map((s) => [s.id, JSON.stringify(s)])) };
}

export const NOTHING_SAVED: SavedScenarios = { times: {}, json: new Map() };

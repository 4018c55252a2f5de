import { describe, expect, it } from 'vitest';
import { defaultProject } from '../../models/project';
import { resultKey, type CachedResult } from '../../models/resultCache';
import { simulate } from '../../models/simulate';
import { createDocumentStore } from '../../renderer/document/store';
import { addImportedScenario, replaceScenario } from '../../renderer/files/documentEdits';
import { createResultCache, shownResult } from '../../renderer/project/resultCache';
import { displayName, windowTitle } from '../../renderer/project/windowTitle';

describe('the window title', () => {
  it('names the file and marks unsaved changes', () => {
    expect(windowTitle(displayName('plan.skillmix', 'Untitled project'), true)).toBe('● plan.skillmix — SkillMix');
    expect(windowTitle(displayName(null, 'Untitled project'), false)).toBe('Untitled project — SkillMix');
  });
});

describe('simulation results kept with the project', () => {
  const scenario = defaultProject().scenarios[0]!;
  const entry = (created: string, s = scenario): CachedResult => ({
    key: resultKey(s, 'des'),
    scenarioId: s.id,
    engine: 'des',
    result: simulate(s, { engine: 'capacity' }),
    created,
  });

  it('shows the latest run of the scenario, current while the scenario is unchanged and stale after an edit', () => {
    const cache = createResultCache([entry('2025-01-01T00:00:00Z'), entry('2025-02-01T00:00:00Z')]);
    expect(cache.getSnapshot()).toHaveLength(1);
    expect(shownResult(cache.getSnapshot(), scenario)).toMatchObject({ stale: false, entry: { created: '2025-02-01T00:00:00Z' } });
    const edited = { ...scenario, run: { ...scenario.run, seed: 2 } };
    expect(shownResult(cache.getSnapshot(), edited)?.stale).toBe(true);
  });

  it('saves only results of scenarios the project still has', () => {
    const cache = createResultCache();
    cache.put(entry('2025-01-01T00:00:00Z'));
    expect(cache.forSave(new Set([scenario.id]))).toHaveLength(1);
    expect(cache.forSave(new Set(['another']))).toHaveLength(0);
  });
});

describe('document edits made by files', () => {
  it('a CSV import replaces the scenario in one undo step', () => {
    const store = createDocumentStore(defaultProject());
    const before = store.getSnapshot().scenarios[0]!;
    const imported = structuredClone(before);
    imported.teams[0]!.roles[0]!.posts = 5.5;
    imported.teams[0]!.roles[1]!.posts = 2;
    replaceScenario(store, imported, 'Import establishment from e.csv');
    expect(store.getSnapshot().scenarios[0]!.teams[0]!.roles[0]!.posts).toBe(5.5);
    expect(store.status().undoLabel).toBe('Import establishment from e.csv');
    store.undo();
    expect(store.getSnapshot().scenarios[0]).toEqual(before);
    expect(store.isDirty()).toBe(false);
  });

  it('an imported scenario gets a free id and name, a parent only if the project has it, and opens', () => {
    const store = createDocumentStore(defaultProject());
    const scenario = { ...store.getSnapshot().scenarios[0]!, parentId: 'elsewhere' };
    const id = addImportedScenario(store, scenario, 'x.json');
    const added = store.getSnapshot().scenarios.find((s) => s.id === id)!;
    expect(id).not.toBe(scenario.id);
    expect(added.name).toBe(`${scenario.name} 2`);
    expect(added.parentId).toBeNull();
    expect(store.getSnapshot().currentScenarioId).toBe(id);
  });

  it('a restored recovery copy starts unsaved, and saving clears it', () => {
    const store = createDocumentStore(defaultProject(), { unsaved: true });
    expect(store.isDirty()).toBe(true);
    store.markSaved();
    expect(store.isDirty()).toBe(false);
  });
});

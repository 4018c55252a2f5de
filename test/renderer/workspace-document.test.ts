import { describe, expect, it } from 'vitest';
import { defaultProject, ProjectSchema } from '../../models/project';
import { presetScenario } from '../../models/presets';
import { simulate } from '../../models/simulate';
import { addRole, deleteScenario, newVariant, openPreset, removeRole, setScenarioValue, toggleRoleActivity } from '../../renderer/document/actions';
import { getAt, removeIndexedSources, uniqueId } from '../../renderer/document/paths';
import { currentScenario } from '../../renderer/document/selectors';
import { createDocumentStore } from '../../renderer/document/store';
import { socialWorkerDirectShare } from '../../renderer/engine/kpis';

const fresh = () => createDocumentStore(defaultProject());
const valid = (store: ReturnType<typeof fresh>) => ProjectSchema.safeParse(store.getSnapshot()).success;

describe('the document store with history', () => {
  it('folds one gesture into one undo step and tells save/autosave about every change', () => {
    const store = fresh();
    const seen: boolean[] = [];
    store.onChange((_project, dirty) => seen.push(dirty));
    for (const v of [1, 12, 1.5]) setScenarioValue(store, 'traditional', 'teams[0].roles[0].posts', v, { label: 'posts', gesture: 'posts#1' });
    expect(store.status()).toMatchObject({ canUndo: true, undoLabel: 'posts', dirty: true });
    store.undo();
    expect(currentScenario(store.getSnapshot())!.teams[0]!.roles[0]!.posts).toBe(6);
    expect(store.isDirty()).toBe(false);
    expect(seen).toEqual([true, true, true, false]);
  });

  it('marks the project dirty when undo moves it away from what was saved', () => {
    const store = fresh();
    setScenarioValue(store, 'traditional', 'teams[0].roles[0].posts', 5, { label: 'posts' });
    store.markSaved();
    expect(store.isDirty()).toBe(false);
    store.undo();
    expect(store.isDirty()).toBe(true);
  });

  it('opening another scenario is not an undo step', () => {
    const store = fresh();
    const id = newVariant(store, 'traditional')!;
    store.select('traditional');
    expect(store.getSnapshot().currentScenarioId).toBe('traditional');
    expect(store.status().undoLabel).toBe('New variant of Traditional team');
    store.select(id);
    store.undo();
    expect(store.getSnapshot().scenarios.map((s) => s.id)).toEqual(['traditional']);
    expect(store.getSnapshot().currentScenarioId).toBe('traditional');
  });

  it('an edit drops the value’s source; undo brings it back', () => {
    const store = fresh();
    const path = 'teams[0].roles[0].absence.sicknessShare';
    expect(currentScenario(store.getSnapshot())!.sources[path]).toBe('sickness');
    setScenarioValue(store, 'traditional', path, 0.05, { label: 'sickness' });
    expect(currentScenario(store.getSnapshot())!.sources[path]).toBeUndefined();
    store.undo();
    expect(currentScenario(store.getSnapshot())!.sources[path]).toBe('sickness');
  });
});

describe('scenario tree', () => {
  it('a variant records its parent; deleting a parent moves its variants up', () => {
    const store = fresh();
    const child = newVariant(store, 'traditional')!;
    const grandchild = newVariant(store, child)!;
    expect(store.getSnapshot().scenarios.find((s) => s.id === grandchild)!.parentId).toBe(child);
    expect(deleteScenario(store, child)).toBe(true);
    expect(store.getSnapshot().scenarios.find((s) => s.id === grandchild)!.parentId).toBe('traditional');
    expect(valid(store)).toBe(true);
    store.undo();
    expect(store.getSnapshot().scenarios.find((s) => s.id === grandchild)!.parentId).toBe(child);
  });

  it('never deletes the last scenario', () => {
    const store = fresh();
    expect(deleteScenario(store, 'traditional')).toBe(false);
    expect(store.getSnapshot().scenarios).toHaveLength(1);
  });

  it('opens a preset under its parent with an id of its own each time', () => {
    const store = fresh();
    const a = openPreset(store, 'skilled-admin')!;
    const b = openPreset(store, 'skilled-admin')!;
    expect(a).not.toBe(b);
    const scenarios = store.getSnapshot().scenarios;
    expect(scenarios.find((s) => s.id === a)!.parentId).toBe('traditional');
    expect(new Set(scenarios.map((s) => s.name)).size).toBe(scenarios.length);
    expect(valid(store)).toBe(true);
  });
});

describe('roles and activities', () => {
  it('adds a role with sourced defaults and removes it with its sources, keeping later roles’ sources in place', () => {
    const store = fresh();
    const sourcesBefore = { ...currentScenario(store.getSnapshot())!.sources };
    const id = addRole(store, 'traditional', 'locality', 'aq_practitioner')!;
    const scenario = currentScenario(store.getSnapshot())!;
    const role = scenario.teams[0]!.roles.at(-1)!;
    expect(role.id).toBe(id);
    expect(scenario.sources['teams[0].roles[3].costPerFte']).toBe('salary_family_practitioner');
    expect(role.activities.length).toBeGreaterThan(0);
    expect(valid(store)).toBe(true);
    removeRole(store, 'traditional', 'locality', 'social_worker');
    const after = currentScenario(store.getSnapshot())!;
    expect(after.sources['teams[0].roles[2].costPerFte']).toBe('salary_family_practitioner');
    expect(after.sources['teams[0].roles[0].costPerFte']).toBe(sourcesBefore['teams[0].roles[1].costPerFte']);
    expect(valid(store)).toBe(true);
  });

  it('toggles an activity for a role and back', () => {
    const store = fresh();
    const has = () => currentScenario(store.getSnapshot())!.teams[0]!.roles[1]!.activities.some((a) => a.activityId === 'cin_visit');
    expect(has()).toBe(false);
    toggleRoleActivity(store, 'traditional', 'team_manager', 'cin_visit');
    expect(has()).toBe(true);
    toggleRoleActivity(store, 'traditional', 'team_manager', 'cin_visit');
    expect(has()).toBe(false);
  });
});

describe('paths and ids', () => {
  it('reads scenario paths and renumbers sources after a removal', () => {
    const sources = { 'teams[0].roles[0].posts': 'a', 'teams[0].roles[1].posts': 'b', 'teams[0].roles[2].costPerFte': 'c', 'policy.caseloadCap': 'd' };
    removeIndexedSources(sources, 'teams[0].roles', 1);
    expect(sources).toEqual({ 'teams[0].roles[0].posts': 'a', 'teams[0].roles[1].costPerFte': 'c', 'policy.caseloadCap': 'd' });
    expect(getAt(defaultProject().scenarios[0], 'teams[0].roles[0].absence.sicknessShare')).toBe(0.032);
  });

  it('makes ids the schema accepts and that are not taken', () => {
    expect(uniqueId('Traditional team – variant', [])).toBe('traditional_team_variant');
    expect(uniqueId('a', ['a', 'a_2'])).toBe('a_3');
    expect(uniqueId('!!!', [])).toMatch(/^[a-z0-9][a-z0-9_-]*$/);
  });
});

describe('headline figures', () => {
  it('social workers’ direct share is the FTE-weighted mean over qualified roles and rises with skilled administrators', () => {
    const before = socialWorkerDirectShare(simulate(presetScenario('traditional'), { engine: 'capacity' }))!;
    const after = socialWorkerDirectShare(simulate(presetScenario('skilled-admin'), { engine: 'capacity' }))!;
    expect(after).toBeGreaterThan(before + 0.15);
    const result = simulate(presetScenario('traditional'), { engine: 'capacity' });
    const sw = result.roles.find((r) => r.category === 'qualified_sw')!;
    expect(socialWorkerDirectShare(result)).toBe(sw.shares.direct);
  });
});

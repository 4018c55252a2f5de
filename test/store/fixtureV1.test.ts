import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openProjectFile } from '../../main/store/projectFile';
import { readProjectScenario } from '../../main/store/projectScenario';
import type { Migration } from '../../main/store/migrations';
import { fingerprint, tempDir } from './helpers';

/** Committed once, never regenerated: every future SkillMix must open it (see its README). */
const FIXTURE = join(import.meta.dirname, '../fixtures/projects/v1.skillmix');

describe('the committed version-1 project file', () => {
  it('opens with its scenarios, notes, current scenario and cached result', async () => {
    const before = fingerprint(FIXTURE);
    const opened = await openProjectFile(FIXTURE);
    const p = opened.project;
    expect(p.name).toBe('Fixture project — schema v1');
    expect(p.scenarios.map((s) => [s.id, s.parentId])).toEqual([
      ['traditional', null],
      ['more-admin', 'traditional'],
      ['fewer-sw', 'more-admin'],
    ]);
    expect(p.currentScenarioId).toBe('more-admin');
    expect(p.notes).toContain('“quotes” and £');
    expect(p.scenarios[1].teams[0].roles.find((r) => r.category === 'administrator')?.posts).toBe(2);
    expect(p.scenarios[2].teams[0].roles.find((r) => r.category === 'qualified_sw')?.posts).toBe(5.5);
    expect(opened.results).toHaveLength(1);
    expect(opened.results[0].scenarioId).toBe('traditional');
    expect(opened.info.schemaVersion).toBe(1);
    expect(opened.info.created).toBe('2026-11-29T21:00:00.000Z');
    expect(fingerprint(FIXTURE)).toBe(before);
  });
});

describe('running a scenario of a project file (the CLI)', () => {
  it('picks a scenario by name or id with its parent, else the current one, and names the choices when wrong', async () => {
    const byName = await readProjectScenario(FIXTURE, 'Five and a half social workers');
    expect([byName.scenario.id, byName.parent?.id]).toEqual(['fewer-sw', 'more-admin']);
    expect((await readProjectScenario(FIXTURE)).scenario.id).toBe('more-admin');
    expect((await readProjectScenario(FIXTURE, 'traditional')).parent).toBeNull();
    await expect(readProjectScenario(FIXTURE, 'nope')).rejects.toThrow(/no scenario "nope".*fewer-sw \(Five and a half social workers\)/);
  });
});

describe('migrations on open', () => {
  it('upgrade the in-memory copy step by step and never write to the file', async () => {
    const path = join(tempDir(), 'old.skillmix');
    copyFileSync(FIXTURE, path);
    const before = fingerprint(path);
    const steps: Migration[] = [
      { from: 1, describe: 'notes column for results', up: (db) => db.run("ALTER TABLE results ADD COLUMN note TEXT NOT NULL DEFAULT ''") },
      { from: 2, describe: 'rename a scenario', up: (db) => db.run("UPDATE scenarios SET scenario_json = json_set(scenario_json, '$.name', 'Renamed by v3') WHERE id = 'fewer-sw'") },
    ];
    const opened = await openProjectFile(path, { migrations: steps, targetVersion: 3 });
    expect(opened.project.scenarios[2].name).toBe('Renamed by v3');
    expect(opened.info.schemaVersion).toBe(1);
    expect(fingerprint(path)).toBe(before);
  });

  it('roll back completely and explain when a step fails', async () => {
    const steps: Migration[] = [
      { from: 1, describe: 'fine', up: (db) => db.run('CREATE TABLE extra (x)') },
      { from: 2, describe: 'broken', up: (db) => db.run('ALTER TABLE no_such_table ADD COLUMN y') },
    ];
    const error = await openProjectFile(FIXTURE, { migrations: steps, targetVersion: 3 }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'migration_failed' });
    expect((error as Error).message).toMatch(/from file version 2 to 3.*no_such_table/);
  });

  it('refuse a version no migration leads from', async () => {
    const error = await openProjectFile(FIXTURE, { migrations: [], targetVersion: 2 }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'migration_failed' });
    expect((error as Error).message).toMatch(/file version 1/);
  });
});

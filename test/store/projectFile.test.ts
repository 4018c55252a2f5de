import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import initSqlJs from 'sql.js';
import { describe, expect, it } from 'vitest';
import { resultKey } from '../../models/resultCache';
import { openProjectFile, saveProjectFile } from '../../main/store/projectFile';
import { APPLICATION_ID, SCHEMA_VERSION } from '../../main/store/schema';
import { sqlJs } from '../../main/store/sqlJs';
import { StoreError } from '../../main/store/storeError';
import { fingerprint, projectWith, tempDir } from './helpers';

const golden = JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/result.capacity.golden.json'), 'utf8'));

async function savedFile(n = 3) {
  const dir = tempDir();
  const path = join(dir, 'team.skillmix');
  const project = projectWith(n);
  const results = [{ key: resultKey(project.scenarios[0], 'capacity'), scenarioId: project.scenarios[0].id, engine: 'capacity' as const, result: golden, created: '2026-01-01T00:00:00.000Z' }];
  await saveProjectFile(path, { project, results });
  return { dir, path, project, results };
}

async function openError(path: string): Promise<StoreError> {
  const error = await openProjectFile(path).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(StoreError);
  return error as StoreError;
}

describe('a saved project', () => {
  it('opens again as the same project with its cached results', async () => {
    const { path, project, results } = await savedFile(5);
    const opened = await openProjectFile(path);
    expect(opened.project).toEqual(project);
    expect(opened.results).toEqual(results);
    expect(opened.warnings).toEqual([]);
    expect(opened.info.schemaVersion).toBe(SCHEMA_VERSION);
  });

  it('leaves no temp file behind in the folder', async () => {
    const { dir } = await savedFile();
    expect(readdirSync(dir)).toEqual(['team.skillmix']);
  });

  it('keeps its created time and each unchanged scenario’s modified time across saves', async () => {
    const dir = tempDir();
    const path = join(dir, 'p.skillmix');
    const project = projectWith(3);
    const first = await saveProjectFile(path, { project, results: [] }, undefined, { now: new Date('2026-01-01T00:00:00Z') });
    const edited = structuredClone(project);
    edited.scenarios[2].teams[0].roles[0].posts = 9;
    await saveProjectFile(path, { project: edited, results: [] }, first.state, { now: new Date('2026-02-01T00:00:00Z') });
    const opened = await openProjectFile(path);
    expect(opened.info.created).toBe('2026-01-01T00:00:00.000Z');
    expect(opened.info.modified).toBe('2026-02-01T00:00:00.000Z');
    expect(opened.info.scenarioTimes['variant-1'].modified).toBe('2026-01-01T00:00:00.000Z');
    expect(opened.info.scenarioTimes['variant-2'].modified).toBe('2026-02-01T00:00:00.000Z');
  });

  it('carries the SkillMix application id and the schema version in the SQLite header', async () => {
    const { path } = await savedFile();
    const db = new (await sqlJs()).Database(readFileSync(path));
    expect(db.exec('PRAGMA application_id')[0].values[0][0]).toBe(APPLICATION_ID);
    expect(db.exec('PRAGMA user_version')[0].values[0][0]).toBe(SCHEMA_VERSION);
    db.close();
  });

  it('opens in the sqlite3 command-line tool', async (ctx) => {
    if (!existsSync('/usr/bin/sqlite3')) {
      const reason = 'skipped: /usr/bin/sqlite3 is not installed here (CI installs it)';
      console.log(reason);
      ctx.skip(reason);
    }
    const { path, project } = await savedFile(4);
    const tables = execFileSync('/usr/bin/sqlite3', [path, '.tables'], { encoding: 'utf8' });
    expect(tables.split(/\s+/).filter(Boolean).sort()).toEqual(['metadata', 'project', 'results', 'scenarios']);
    const names = execFileSync('/usr/bin/sqlite3', [path, 'SELECT name FROM scenarios ORDER BY sort_order'], { encoding: 'utf8' });
    expect(names.trim().split('\n')).toEqual(project.scenarios.map((s) => s.name));
    expect(execFileSync('/usr/bin/sqlite3', [path, 'PRAGMA integrity_check'], { encoding: 'utf8' }).trim()).toBe('ok');
  });
});

describe('a file that cannot be opened', () => {
  it('says a missing file was not found', async () => {
    const e = await openError(join(tempDir(), 'gone.skillmix'));
    expect(e.code).toBe('not_found');
    expect(e.message).toMatch(/gone\.skillmix.*not found/);
  });

  it('says an empty file is empty', async () => {
    const path = join(tempDir(), 'empty.skillmix');
    writeFileSync(path, '');
    expect((await openError(path)).code).toBe('empty_file');
  });

  it('says a file cut short is incomplete, and leaves it untouched', async () => {
    const { path } = await savedFile();
    const bytes = readFileSync(path);
    for (const length of [10, 99, 4096, bytes.length - 4096, bytes.length - 1]) {
      writeFileSync(path, bytes.subarray(0, length));
      const before = fingerprint(path);
      const e = await openError(path);
      expect(e.code).toBe('truncated');
      expect(e.message).toMatch(/incomplete/);
      expect(fingerprint(path)).toBe(before);
    }
  });

  it('says random bytes are not a SkillMix project', async () => {
    const path = join(tempDir(), 'noise.skillmix');
    writeFileSync(path, Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 7919) % 251)));
    const e = await openError(path);
    expect(e.code).toBe('not_sqlite');
    expect(e.message).toMatch(/not an SQLite database/);
  });

  it('says a scenario JSON file opened as a project is not a project file', async () => {
    const path = join(tempDir(), 'scenario.json');
    writeFileSync(path, JSON.stringify(projectWith(1).scenarios[0]));
    expect((await openError(path)).code).toBe('not_sqlite');
  });

  it('says another program’s SQLite database is foreign', async () => {
    const SQL = await initSqlJs();
    const db = new SQL.Database();
    db.run('CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES (\'x\')');
    const path = join(tempDir(), 'other.db');
    writeFileSync(path, db.export());
    db.close();
    const e = await openError(path);
    expect(e.code).toBe('foreign_database');
    expect(e.message).toMatch(/another program/);
  });

  it('says a project from a newer SkillMix needs an update', async () => {
    const { path } = await savedFile();
    const db = new (await sqlJs()).Database(readFileSync(path));
    db.run(`PRAGMA user_version = ${SCHEMA_VERSION + 1}`);
    writeFileSync(path, db.export());
    db.close();
    const e = await openError(path);
    expect(e.code).toBe('newer_version');
    expect(e.message).toMatch(/newer version of SkillMix/);
  });

  it('names the scenario and the field when a scenario has a value of the wrong type', async () => {
    const { path, project } = await savedFile();
    const db = new (await sqlJs()).Database(readFileSync(path));
    const broken = structuredClone(project.scenarios[1]) as unknown as { teams: { roles: { posts: unknown }[] }[] };
    broken.teams[0].roles[0].posts = 'six';
    db.run('UPDATE scenarios SET scenario_json = ? WHERE id = ?', [JSON.stringify(broken), project.scenarios[1].id]);
    writeFileSync(path, db.export());
    db.close();
    const e = await openError(path);
    expect(e.code).toBe('invalid_scenario');
    expect(e.message).toContain('Variant 1');
    expect(e.message).toContain('teams[0].roles[0].posts');
    expect(e.path).toBe('scenarios[1].teams[0].roles[0].posts');
  });

  it('says a scenario whose data is not JSON is damaged, naming it', async () => {
    const { path, project } = await savedFile();
    const db = new (await sqlJs()).Database(readFileSync(path));
    db.run('UPDATE scenarios SET scenario_json = ? WHERE id = ?', ['{"teams": [', project.scenarios[2].id]);
    writeFileSync(path, db.export());
    db.close();
    const e = await openError(path);
    expect(e.code).toBe('invalid_scenario');
    expect(e.message).toMatch(/Variant 2.*not readable JSON/);
  });

  it('drops a cached result that no longer reads, with a warning, and keeps the project', async () => {
    const { path, project } = await savedFile();
    const db = new (await sqlJs()).Database(readFileSync(path));
    db.run("UPDATE results SET result_json = '{}'");
    writeFileSync(path, db.export());
    db.close();
    const opened = await openProjectFile(path);
    expect(opened.project).toEqual(project);
    expect(opened.results).toEqual([]);
    expect(opened.warnings[0]).toMatch(/could not be read/);
  });
});

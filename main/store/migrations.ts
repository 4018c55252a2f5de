import type { Database } from 'sql.js';
import { SCHEMA_VERSION } from './schema';
import { StoreError } from './storeError';

/** One step from a schema version to the next, run on the in-memory copy of an opened file. */
export interface Migration {
  from: number;
  describe: string;
  up(db: Database): void;
}

/**
 * Every schema change ever made, in order: step `from` → `from + 1`. A released step is never
 * edited, because files of every older version must keep opening (test/fixtures/projects).
 */
export const MIGRATIONS: readonly Migration[] = [];

/**
 * Brings an opened database up to `target` inside one transaction, so a failing step leaves
 * nothing half-done. This only changes sql.js's in-memory copy: the file on disk is untouched
 * until the user saves.
 */
export function migrate(db: Database, from: number, target = SCHEMA_VERSION, migrations: readonly Migration[] = MIGRATIONS): number {
  if (from === target) return from;
  const byFrom = new Map(migrations.map((m) => [m.from, m]));
  db.run('BEGIN');
  let version = from;
  try {
    while (version < target) {
      const step = byFrom.get(version);
      if (!step) throw new StoreError('migration_failed', `This project uses file version ${version}, which this version of SkillMix cannot upgrade.`);
      step.up(db);
      version += 1;
      db.run(`PRAGMA user_version = ${version}`);
    }
    db.run('COMMIT');
    return version;
  } catch (error) {
    db.run('ROLLBACK');
    if (error instanceof StoreError) throw error;
    const why = error instanceof Error ? error.message : String(error);
    throw new StoreError('migration_failed', `This project could not be upgraded from file version ${version} to ${version + 1}: ${why}`);
  }
}

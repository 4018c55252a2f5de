import type { Database } from 'sql.js';

/**
 * The layout of a `.skillmix` file. `PRAGMA application_id` marks the file as ours, so any other
 * SQLite database is recognised as foreign; `PRAGMA user_version` holds the schema version, so
 * a file from a newer SkillMix is recognised before anything in it is read.
 */
export const SCHEMA_VERSION = 1;

/** "SkMx" as a 32-bit big-endian integer. */
export const APPLICATION_ID = 0x536b4d78;

export const SCHEMA_V1 = `
CREATE TABLE metadata (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
CREATE TABLE project (
  singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
  id TEXT NOT NULL,
  name TEXT NOT NULL,
  notes TEXT NOT NULL,
  current_scenario_id TEXT NOT NULL,
  format_version INTEGER NOT NULL
);
CREATE TABLE scenarios (
  id TEXT PRIMARY KEY,
  parent_id TEXT,
  name TEXT NOT NULL,
  scenario_json TEXT NOT NULL,
  notes TEXT NOT NULL,
  created TEXT NOT NULL,
  modified TEXT NOT NULL,
  sort_order INTEGER NOT NULL
);
CREATE TABLE results (
  key TEXT PRIMARY KEY,
  scenario_id TEXT NOT NULL,
  engine TEXT NOT NULL,
  result_json TEXT NOT NULL,
  created TEXT NOT NULL
);
`;

/** A new, empty file at the current schema version. */
export function createSchema(db: Database): void {
  db.run(SCHEMA_V1);
  db.run(`PRAGMA application_id = ${APPLICATION_ID}`);
  db.run(`PRAGMA user_version = ${SCHEMA_VERSION}`);
}

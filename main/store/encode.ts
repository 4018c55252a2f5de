import type { Database, SqlJsStatic } from 'sql.js';
import type { ProjectDocument } from '../../models/projectDocument';
import type { FileInfo } from './fileInfo';
import { createSchema, SCHEMA_VERSION } from './schema';

export type EncodeInfo = Omit<FileInfo, 'schemaVersion'>;

/** A project and its cached results as the bytes of a `.skillmix` file. */
export function encodeDocument(SQL: SqlJsStatic, doc: ProjectDocument, info: EncodeInfo): Uint8Array {
  const db = new SQL.Database();
  try {
    createSchema(db);
    inTransaction(db, () => insertAll(db, doc, info));
    assertNoTransaction(db);
    return db.export();
  } finally {
    db.close();
  }
}

function insertAll(db: Database, doc: ProjectDocument, info: EncodeInfo): void {
  const { project } = doc;
  const meta = db.prepare('INSERT INTO metadata (key, value) VALUES (?, ?)');
  const rows: [string, string][] = [
    ['schema_version', String(SCHEMA_VERSION)],
    ['app_version', info.appVersion],
    ['created', info.created],
    ['modified', info.modified],
    ['application', 'SkillMix'],
    ...Object.entries(info.extra),
  ];
  for (const row of rows) meta.run(row);
  meta.free();
  db.run('INSERT INTO project (singleton, id, name, notes, current_scenario_id, format_version) VALUES (1, ?, ?, ?, ?, ?)', [
    project.id,
    project.name,
    project.notes,
    project.currentScenarioId,
    project.formatVersion,
  ]);
  const scenario = db.prepare(
    'INSERT INTO scenarios (id, parent_id, name, scenario_json, notes, created, modified, sort_order) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  project.scenarios.forEach((s, i) => {
    const times = info.scenarioTimes[s.id] ?? { created: info.modified, modified: info.modified };
    // name, parent and notes are copies of fields inside the JSON, for anyone reading the file in
    // an SQLite tool; on open the JSON is what counts.
    scenario.run([s.id, s.parentId, s.name, JSON.stringify(s), s.description, times.created, times.modified, i]);
  });
  scenario.free();
  const result = db.prepare('INSERT OR REPLACE INTO results (key, scenario_id, engine, result_json, created) VALUES (?, ?, ?, ?, ?)');
  for (const r of doc.results) result.run([r.key, r.scenarioId, r.engine, JSON.stringify(r.result), r.created]);
  result.free();
}

function inTransaction(db: Database, work: () => void): void {
  db.run('BEGIN');
  try {
    work();
    db.run('COMMIT');
  } catch (error) {
    db.run('ROLLBACK');
    throw error;
  }
}

/**
 * sql.js's export() closes and reopens the database, which would silently drop an open
 * transaction's writes: starting one is the cheapest way to prove none is open.
 */
function assertNoTransaction(db: Database): void {
  db.run('BEGIN');
  db.run('ROLLBACK');
}

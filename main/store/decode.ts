import type { Database, SqlJsStatic, SqlValue } from 'sql.js';
import { ProjectSchema, type Project } from '../../models/project';
import type { ProjectDocument } from '../../models/projectDocument';
import { CachedResultSchema, type CachedResult } from '../../models/resultCache';
import { formatPath } from '../../models/validation';
import { STANDARD_METADATA, type FileInfo, type ScenarioTimes } from './fileInfo';
import { readHeader } from './header';
import { migrate, MIGRATIONS, type Migration } from './migrations';
import { APPLICATION_ID, SCHEMA_VERSION } from './schema';
import { StoreError } from './storeError';

export interface DecodedDocument extends ProjectDocument {
  info: FileInfo;
  /** Things dropped on the way in that cost no work (a cached result that no longer reads). */
  warnings: string[];
}

export interface DecodeOptions {
  migrations?: readonly Migration[];
  targetVersion?: number;
}

/**
 * The bytes of a `.skillmix` file as a validated project. Every failure is a StoreError with
 * its own code; the bytes are only ever read (sql.js works on its own in-memory copy).
 */
export function decodeDocument(SQL: SqlJsStatic, bytes: Uint8Array, options: DecodeOptions = {}): DecodedDocument {
  const target = options.targetVersion ?? SCHEMA_VERSION;
  const header = readHeader(bytes);
  if (header.applicationId !== APPLICATION_ID) {
    throw new StoreError('foreign_database', 'This is an SQLite database made by another program, not a SkillMix project.');
  }
  if (header.userVersion > target) {
    throw new StoreError(
      'newer_version',
      `This project was saved by a newer version of SkillMix (file version ${header.userVersion}; this version reads up to ${target}). Update SkillMix to open it.`,
    );
  }
  let db: Database;
  try {
    db = new SQL.Database(bytes);
  } catch (error) {
    throw fromSqlite(error);
  }
  try {
    migrate(db, header.userVersion, target, options.migrations ?? MIGRATIONS);
    return readAll(db, header.userVersion);
  } catch (error) {
    throw fromSqlite(error);
  } finally {
    db.close();
  }
}

function fromSqlite(error: unknown): StoreError {
  if (error instanceof StoreError) return error;
  const why = error instanceof Error ? error.message : String(error);
  if (/not a database/i.test(why)) return new StoreError('not_sqlite', 'This is not a SkillMix project: the file is not an SQLite database.');
  return new StoreError('corrupt', `The project file is damaged and cannot be read (${why}).`);
}

function rows(db: Database, sql: string): Record<string, SqlValue>[] {
  const out: Record<string, SqlValue>[] = [];
  const stmt = db.prepare(sql);
  try {
    while (stmt.step()) out.push(stmt.getAsObject());
  } finally {
    stmt.free();
  }
  return out;
}

const text = (v: SqlValue): string => (typeof v === 'string' ? v : v === null ? '' : String(v));

function readAll(db: Database, schemaVersion: number): DecodedDocument {
  const metadata = Object.fromEntries(rows(db, 'SELECT key, value FROM metadata').map((r) => [text(r.key), text(r.value)]));
  const head = rows(db, 'SELECT id, name, notes, current_scenario_id, format_version FROM project');
  if (head.length !== 1) throw new StoreError('corrupt', 'The project file is damaged: its project record is missing.');
  const scenarioRows = rows(db, 'SELECT id, name, scenario_json, created, modified FROM scenarios ORDER BY sort_order');
  const scenarioTimes: Record<string, ScenarioTimes> = {};
  const scenarios = scenarioRows.map((r, i) => {
    scenarioTimes[text(r.id)] = { created: text(r.created), modified: text(r.modified) };
    return parseScenarioJson(r, i);
  });
  const raw = {
    formatVersion: head[0].format_version,
    id: head[0].id,
    name: head[0].name,
    notes: head[0].notes,
    currentScenarioId: head[0].current_scenario_id,
    scenarios,
  };
  const warnings: string[] = [];
  const results = readResults(db, warnings);
  const extra = Object.fromEntries(Object.entries(metadata).filter(([k]) => !(STANDARD_METADATA as readonly string[]).includes(k)));
  return {
    project: validateProject(raw, scenarioRows),
    results,
    warnings,
    info: {
      schemaVersion,
      appVersion: metadata.app_version ?? '',
      created: metadata.created ?? '',
      modified: metadata.modified ?? '',
      scenarioTimes,
      extra,
    },
  };
}

function parseScenarioJson(r: Record<string, SqlValue>, index: number): unknown {
  try {
    return JSON.parse(text(r.scenario_json));
  } catch {
    throw new StoreError(
      'invalid_scenario',
      `Scenario "${text(r.name)}" is damaged: its data is not readable JSON.`,
      `scenarios[${index}]`,
    );
  }
}

/** Validates once, then names the scenario and the field of the first problem. */
function validateProject(raw: unknown, scenarioRows: Record<string, SqlValue>[]): Project {
  const parsed = ProjectSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const [top, index, ...rest] = issue.path;
  if (top === 'scenarios' && typeof index === 'number' && rest.length > 0) {
    const name = text(scenarioRows[index]?.name ?? '') || `number ${index + 1}`;
    const field = formatPath(rest);
    throw new StoreError('invalid_scenario', `Scenario "${name}" has an invalid value at ${field}: ${issue.message}`, formatPath(issue.path));
  }
  const field = formatPath(issue.path);
  throw new StoreError('invalid_project', `The project has an invalid value${field ? ` at ${field}` : ''}: ${issue.message}`, field);
}

/** Results are a cache: one that no longer reads is dropped with a warning, never an error. */
function readResults(db: Database, warnings: string[]): CachedResult[] {
  const out: CachedResult[] = [];
  for (const r of rows(db, 'SELECT key, scenario_id, engine, result_json, created FROM results')) {
    let result: unknown;
    try {
      result = JSON.parse(text(r.result_json));
    } catch {
      result = undefined;
    }
    const parsed = CachedResultSchema.safeParse({ key: r.key, scenarioId: r.scenario_id, engine: r.engine, result, created: r.created });
    if (parsed.success) out.push(parsed.data);
    else warnings.push(`A saved result for scenario "${text(r.scenario_id)}" could not be read and was dropped; run it again to see it.`);
  }
  return out;
}

import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { ProjectDocument } from '../../models/projectDocument';
import pkg from '../../package.json' with { type: 'json' };
import { writeFileAtomic, type AtomicWriteOptions } from './atomicWrite';
import { decodeDocument, type DecodedDocument, type DecodeOptions } from './decode';
import { encodeDocument } from './encode';
import type { FileInfo } from './fileInfo';
import { SCHEMA_VERSION } from './schema';
import { sqlJs } from './sqlJs';
import { StoreError } from './storeError';
import { NOTHING_SAVED, savedFromLoaded, stampScenarios, type SavedScenarios } from './timestamps';

export const APP_VERSION: string = pkg.version;

/** Larger than any real project (200 scenarios with results is a few MB); guards memory. */
export const MAX_PROJECT_BYTES = 512 * 1024 * 1024;

export interface OpenedFile extends DecodedDocument {
  saved: SavedScenarios;
}

/** Reads a project file; the file is opened read-only and never written. */
export async function openProjectFile(path: string, options: DecodeOptions = {}): Promise<OpenedFile> {
  const bytes = await readBytes(path, MAX_PROJECT_BYTES);
  const decoded = decodeDocument(await sqlJs(), bytes, options);
  return { ...decoded, saved: savedFromLoaded(decoded.project, decoded.info.scenarioTimes) };
}

export interface SaveState {
  created: string | null;
  saved: SavedScenarios;
  extra?: Record<string, string>;
}

export const NEW_FILE: SaveState = { created: null, saved: NOTHING_SAVED };

/** Writes a project atomically and returns what to remember for the next save. */
export async function saveProjectFile(
  path: string,
  doc: ProjectDocument,
  previous: SaveState = NEW_FILE,
  options: AtomicWriteOptions & { now?: Date } = {},
): Promise<{ info: FileInfo; state: SaveState }> {
  const now = (options.now ?? new Date()).toISOString();
  const saved = stampScenarios(doc.project, previous.saved, now);
  const created = previous.created ?? now;
  const extra = previous.extra ?? {};
  const bytes = encodeDocument(await sqlJs(), doc, { appVersion: APP_VERSION, created, modified: now, scenarioTimes: saved.times, extra });
  await writeFileAtomic(path, bytes, options);
  return {
    info: { schemaVersion: SCHEMA_VERSION, appVersion: APP_VERSION, created, modified: now, scenarioTimes: saved.times, extra },
    state: { created, saved, extra },
  };
}

/** Reads a whole file with a clear error for each way that can fail. */
export async function readBytes(path: string, limit: number): Promise<Uint8Array> {
  const name = basename(path);
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new StoreError('read_failed', `"${name}" is a folder, not a file.`);
    if (info.size > limit) {
      throw new StoreError('too_large', `"${name}" is ${(info.size / 1e6).toFixed(0)} MB, larger than any SkillMix file can be (${limit / 1e6} MB).`);
    }
    return new Uint8Array(await readFile(path, { flag: 'r' }));
  } catch (error) {
    if (error instanceof StoreError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new StoreError('not_found', `"${name}" was not found: it may have been moved, renamed or deleted.`);
    const why = code === 'EACCES' || code === 'EPERM' ? 'you do not have permission to read it' : error instanceof Error ? error.message : String(error);
    throw new StoreError('read_failed', `Could not read "${name}": ${why}.`);
  }
}

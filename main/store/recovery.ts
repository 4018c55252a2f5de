import { createHash } from 'node:crypto';
import { mkdir, readdir, stat, unlink } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { ProjectDocument } from '../../models/projectDocument';
import { TEMP_SUFFIX } from './atomicWrite';
import { openProjectFile, saveProjectFile, type OpenedFile } from './projectFile';
import { StoreError } from './storeError';
import { NOTHING_SAVED } from './timestamps';

/**
 * Recovery copies: what autosave writes to the user-data folder, never beside the user's file,
 * so an unsaved change never overwrites a file the user chose to keep as it was. Each copy is
 * an ordinary project file that also records which file it stands for and when it was written.
 */
const FOLDER = 'recovery';
const EXT = '.skillmix';
const ID = /^(file|new)-[0-9a-f]{8,64}$/;

export interface RecoveryCopy {
  id: string;
  /** The file these changes belong to; null for a project never saved. */
  originalPath: string | null;
  projectName: string;
  /** When the copy was written (ISO 8601). */
  savedAt: string;
  /** When the original file was last saved, if it still exists. */
  originalModifiedAt: string | null;
}

/** One copy per saved file (keyed by its path) and one per unsaved project (by a session id). */
export function recoveryId(originalPath: string | null, sessionId: string): string {
  if (originalPath === null) return `new-${createHash('sha256').update(sessionId).digest('hex').slice(0, 16)}`;
  return `file-${createHash('sha256').update(resolve(originalPath)).digest('hex').slice(0, 16)}`;
}

const folderOf = (userDataDir: string) => join(userDataDir, FOLDER);
function copyPath(userDataDir: string, id: string): string {
  if (!ID.test(id)) throw new StoreError('not_found', 'There is no such recovery copy.');
  return join(folderOf(userDataDir), `${id}${EXT}`);
}

export async function writeRecoveryCopy(
  userDataDir: string,
  id: string,
  doc: ProjectDocument,
  originalPath: string | null,
  now = new Date(),
): Promise<void> {
  await mkdir(folderOf(userDataDir), { recursive: true });
  const extra = { recovery_of: originalPath ?? '', recovery_saved: now.toISOString() };
  await saveProjectFile(copyPath(userDataDir, id), doc, { created: null, saved: NOTHING_SAVED, extra }, { now });
}

/**
 * Copies worth offering at launch: those newer than their file, or whose file is gone, or that
 * never had one. A copy older than its file was overtaken by a save, so it is deleted.
 */
export async function listRecoveryCopies(userDataDir: string): Promise<RecoveryCopy[]> {
  let names: string[];
  try {
    names = await readdir(folderOf(userDataDir));
  } catch {
    return [];
  }
  const copies: RecoveryCopy[] = [];
  for (const name of names.filter((n) => n.endsWith(EXT) && !n.includes(TEMP_SUFFIX))) {
    const id = name.slice(0, -EXT.length);
    if (!ID.test(id)) continue;
    const copy = await describeCopy(userDataDir, id);
    if (copy === 'stale') await discardRecoveryCopy(userDataDir, id);
    else if (copy) copies.push(copy);
  }
  return copies.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
}

async function describeCopy(userDataDir: string, id: string): Promise<RecoveryCopy | 'stale' | null> {
  let opened: OpenedFile;
  try {
    opened = await openProjectFile(copyPath(userDataDir, id));
  } catch {
    // A damaged copy is left where it is rather than deleted: it may still be worth something.
    return null;
  }
  const originalPath = opened.info.extra.recovery_of || null;
  const savedAt = opened.info.extra.recovery_saved || opened.info.modified;
  const originalModified = originalPath ? await modifiedTime(originalPath) : null;
  if (originalModified && originalModified >= new Date(savedAt)) return 'stale';
  return { id, originalPath, projectName: opened.project.name, savedAt, originalModifiedAt: originalModified?.toISOString() ?? null };
}

async function modifiedTime(path: string): Promise<Date | null> {
  try {
    return (await stat(path)).mtime;
  } catch {
    return null;
  }
}

export interface RestoredCopy extends OpenedFile {
  originalPath: string | null;
}

export async function readRecoveryCopy(userDataDir: string, id: string): Promise<RestoredCopy> {
  const opened = await openProjectFile(copyPath(userDataDir, id));
  const { recovery_of: of, recovery_saved: _saved, ...extra } = opened.info.extra;
  return { ...opened, info: { ...opened.info, extra }, originalPath: of || null };
}

export async function discardRecoveryCopy(userDataDir: string, id: string): Promise<void> {
  await unlink(copyPath(userDataDir, id)).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT') throw error;
  });
}

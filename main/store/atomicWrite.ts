import { randomBytes } from 'node:crypto';
import { open, readdir, rename as fsRename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { StoreError } from './storeError';

export interface AtomicWriteOptions {
  /** Replaceable so tests can make the rename fail the way Windows and synced folders do. */
  rename?: (from: string, to: string) => Promise<void>;
  /** Waits between attempts at the rename while another program holds the file. */
  retryDelaysMs?: readonly number[];
}

/** Windows virus scanners, indexers and sync clients hold files open for a moment. */
const TRANSIENT = new Set(['EBUSY', 'EPERM', 'EACCES']);
const DEFAULT_DELAYS = [20, 50, 100, 200, 400];

export const TEMP_SUFFIX = '.skillmix-tmp';

/**
 * Replaces `target` with `data` so that at every instant the target holds either the whole old
 * content or the whole new one, even if the process is killed or the power fails: the data goes
 * to a new temp file in the same folder (a rename is only atomic within one file system), is
 * flushed to disk, renamed over the target, and the folder entry is flushed too.
 */
export async function writeFileAtomic(target: string, data: Uint8Array | string, options: AtomicWriteOptions = {}): Promise<void> {
  const dir = dirname(target);
  const temp = join(dir, `.${basename(target)}.${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`);
  let created = false;
  try {
    const mode = await existingMode(target);
    const handle = await open(temp, 'wx', mode);
    created = true;
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await renameWithRetry(temp, target, options);
    created = false;
    await syncFolder(dir);
    await removeStaleTemps(dir, basename(target));
  } catch (error) {
    if (created) await unlink(temp).catch(() => undefined);
    throw writeError(target, error);
  }
}

/** A temp file this old was left by a save that was killed (power cut, crash), not one under way. */
const STALE_MS = 10 * 60 * 1000;

/** Tidies the user's folder of temp files that killed saves of this same file left behind. */
async function removeStaleTemps(dir: string, name: string): Promise<void> {
  try {
    const prefix = `.${name}.`;
    const now = Date.now();
    for (const entry of await readdir(dir)) {
      if (!entry.startsWith(prefix) || !entry.endsWith(TEMP_SUFFIX)) continue;
      const path = join(dir, entry);
      if (now - (await stat(path)).mtimeMs > STALE_MS) await unlink(path);
    }
  } catch {
    // Tidying is a courtesy: the save itself has already succeeded.
  }
}

async function existingMode(target: string): Promise<number> {
  try {
    return (await stat(target)).mode & 0o777;
  } catch {
    return 0o644;
  }
}

async function renameWithRetry(from: string, to: string, options: AtomicWriteOptions): Promise<void> {
  const rename = options.rename ?? fsRename;
  const delays = options.retryDelaysMs ?? DEFAULT_DELAYS;
  for (let attempt = 0; ; attempt++) {
    try {
      await rename(from, to);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      if (!TRANSIENT.has(code) || attempt >= delays.length) throw error;
      await new Promise((resolve) => setTimeout(resolve, delays[attempt]));
    }
  }
}

/** Makes the rename itself durable. Windows cannot open a folder for this, and needs not. */
async function syncFolder(dir: string): Promise<void> {
  let handle;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch {
    // Not supported here (Windows, some network file systems): the rename is still atomic.
  } finally {
    await handle?.close();
  }
}

function writeError(target: string, error: unknown): StoreError {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  const name = basename(target);
  const why: Record<string, string> = {
    ENOSPC: 'the disk is full',
    EDQUOT: 'the disk quota is used up',
    EROFS: 'the disk is read-only',
    EACCES: 'you do not have permission to write there',
    EPERM: 'the file is in use by another program or you do not have permission to write there',
    EBUSY: 'the file is in use by another program',
    ENOENT: 'the folder does not exist',
    EISDIR: 'a folder of that name is in the way',
  };
  const reason = why[code] ?? (error instanceof Error ? error.message : String(error));
  return new StoreError('write_failed', `Could not save "${name}": ${reason}. The previous version of the file is unchanged.`);
}

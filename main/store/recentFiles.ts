import { readFile, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from './atomicWrite';

export const MAX_RECENT = 10;
const FILE = 'recent-files.json';

const RecentEntrySchema = z.object({ path: z.string().min(1), name: z.string(), openedAt: z.string() });
export type RecentEntry = z.infer<typeof RecentEntrySchema>;
export interface RecentFile extends RecentEntry {
  /** False when the file has been moved or deleted since: the menu shows it as missing. */
  exists: boolean;
}

/** A damaged or missing list is an empty one: it is a convenience, never worth an error. */
export async function readRecent(userDataDir: string): Promise<RecentEntry[]> {
  try {
    const parsed = z.array(RecentEntrySchema).safeParse(JSON.parse(await readFile(join(userDataDir, FILE), 'utf8')));
    return parsed.success ? parsed.data.slice(0, MAX_RECENT) : [];
  } catch {
    return [];
  }
}

export async function listRecent(userDataDir: string): Promise<RecentFile[]> {
  const entries = await readRecent(userDataDir);
  return Promise.all(entries.map(async (e) => ({ ...e, exists: await isFile(e.path) })));
}

/** Puts a file at the top of the list (moving it if already there), keeping the newest ten. */
export function addRecent(userDataDir: string, path: string, now = new Date()): Promise<RecentEntry[]> {
  return update(userDataDir, (list) => [{ path, name: basename(path), openedAt: now.toISOString() }, ...list.filter((e) => e.path !== path)]);
}

export function removeRecent(userDataDir: string, path: string): Promise<RecentEntry[]> {
  return update(userDataDir, (list) => list.filter((e) => e.path !== path));
}

export async function isRecent(userDataDir: string, path: string): Promise<boolean> {
  return (await readRecent(userDataDir)).some((e) => e.path === path);
}

/** Updates one after another, so two quick opens cannot lose an entry between read and write. */
let queue: Promise<unknown> = Promise.resolve();
function update(userDataDir: string, change: (list: RecentEntry[]) => RecentEntry[]): Promise<RecentEntry[]> {
  const next = queue.then(async () => {
    const list = change(await readRecent(userDataDir)).slice(0, MAX_RECENT);
    await writeFileAtomic(join(userDataDir, FILE), JSON.stringify(list, null, 2));
    return list;
  });
  queue = next.catch(() => undefined);
  return next;
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

import { utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { Autosaver } from '../../main/store/autosaver';
import { saveProjectFile } from '../../main/store/projectFile';
import { discardRecoveryCopy, listRecoveryCopies, readRecoveryCopy, recoveryId, writeRecoveryCopy } from '../../main/store/recovery';
import { projectWith, tempDir } from './helpers';

describe('recovery copies', () => {
  it('offers back unsaved work on a project that was never saved, and restores it', async () => {
    const userData = tempDir();
    const project = projectWith(2, ' (unsaved)');
    const id = recoveryId(null, 'session-1');
    await writeRecoveryCopy(userData, id, { project, results: [] }, null);
    const copies = await listRecoveryCopies(userData);
    expect(copies).toHaveLength(1);
    expect(copies[0]).toMatchObject({ id, originalPath: null, projectName: project.name });
    const restored = await readRecoveryCopy(userData, id);
    expect(restored.project).toEqual(project);
    expect(restored.originalPath).toBeNull();
    expect(restored.info.extra).toEqual({});
  });

  it('offers a copy newer than its file and drops one the file has overtaken', async () => {
    const userData = tempDir();
    const path = join(tempDir(), 'team.skillmix');
    await saveProjectFile(path, { project: projectWith(1), results: [] });
    const old = new Date(Date.now() - 60_000);
    utimesSync(path, old, old);
    const id = recoveryId(path, 'any');
    await writeRecoveryCopy(userData, id, { project: projectWith(3, ' edited'), results: [] }, path);
    const offered = await listRecoveryCopies(userData);
    expect(offered.map((c) => [c.id, c.originalPath])).toEqual([[id, path]]);
    expect(new Date(offered[0].savedAt).getTime()).toBeGreaterThan(new Date(offered[0].originalModifiedAt!).getTime());

    const later = new Date(Date.now() + 60_000);
    utimesSync(path, later, later);
    expect(await listRecoveryCopies(userData)).toEqual([]);
  });

  it('offers a copy whose file has since been deleted', async () => {
    const userData = tempDir();
    const path = join(tempDir(), 'deleted.skillmix');
    const id = recoveryId(path, 'x');
    await writeRecoveryCopy(userData, id, { project: projectWith(1), results: [] }, path);
    expect((await listRecoveryCopies(userData))[0]?.originalPath).toBe(path);
  });

  it('keys a saved file’s copy by its path, so one file has one copy', () => {
    expect(recoveryId('/a/b.skillmix', 's1')).toBe(recoveryId('/a/b.skillmix', 's2'));
    expect(recoveryId('/a/b.skillmix', 's1')).not.toBe(recoveryId('/a/c.skillmix', 's1'));
    expect(recoveryId(null, 's1')).not.toBe(recoveryId(null, 's2'));
  });

  it('discards a copy, and ignores ids that are not copies', async () => {
    const userData = tempDir();
    const id = recoveryId(null, 's');
    await writeRecoveryCopy(userData, id, { project: projectWith(1), results: [] }, null);
    await discardRecoveryCopy(userData, id);
    expect(await listRecoveryCopies(userData)).toEqual([]);
    await expect(readRecoveryCopy(userData, '../../etc/passwd')).rejects.toMatchObject({ code: 'not_found' });
  });

  it('leaves a damaged copy alone rather than offering or deleting it', async () => {
    const userData = tempDir();
    const id = recoveryId(null, 's');
    await writeRecoveryCopy(userData, id, { project: projectWith(1), results: [] }, null);
    writeFileSync(join(userData, 'recovery', `${id}.skillmix`), 'garbage');
    expect(await listRecoveryCopies(userData)).toEqual([]);
    await expect(readRecoveryCopy(userData, id)).rejects.toMatchObject({ code: 'not_sqlite' });
  });
});

describe('autosave', () => {
  it('writes once, the delay after the last of a burst of changes, with the latest document', async () => {
    vi.useFakeTimers();
    try {
      const written: number[] = [];
      const saver = new Autosaver<number>(async (n) => void written.push(n), 1500);
      for (let i = 1; i <= 5; i++) {
        saver.schedule(i);
        await vi.advanceTimersByTimeAsync(1000);
      }
      expect(written).toEqual([]);
      await vi.advanceTimersByTimeAsync(600);
      expect(written).toEqual([5]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('flushes pending work at once (before quitting) and drops it when cancelled (after a save)', async () => {
    const written: string[] = [];
    const saver = new Autosaver<string>(async (s) => void written.push(s), 10_000);
    saver.schedule('a');
    await saver.flush();
    saver.schedule('b');
    await saver.cancel();
    expect(written).toEqual(['a']);
    expect(saver.hasPending).toBe(false);
  });

  it('remembers a failed write instead of throwing, and recovers on the next', async () => {
    let fail = true;
    const saver = new Autosaver<string>(async () => {
      if (fail) throw new Error('disk full');
    }, 5);
    saver.schedule('x');
    await saver.flush();
    expect((saver.lastError as Error).message).toBe('disk full');
    fail = false;
    saver.schedule('y');
    await saver.flush();
    expect(saver.lastError).toBeUndefined();
  });
});

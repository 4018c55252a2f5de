import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addRecent, listRecent, MAX_RECENT, removeRecent } from '../../main/store/recentFiles';
import { tempDir } from './helpers';

describe('recent files', () => {
  it('lists the newest first, moves a reopened file to the top and keeps ten', async () => {
    const userData = tempDir();
    const files = tempDir();
    const paths = Array.from({ length: 12 }, (_, i) => join(files, `p${i}.skillmix`));
    paths.forEach((p) => writeFileSync(p, ''));
    for (const p of paths) await addRecent(userData, p);
    await addRecent(userData, paths[5]);
    const list = await listRecent(userData);
    expect(list).toHaveLength(MAX_RECENT);
    expect(list[0].path).toBe(paths[5]);
    expect(list[1].path).toBe(paths[11]);
    expect(list.filter((e) => e.path === paths[5])).toHaveLength(1);
    expect(list.map((e) => e.path)).not.toContain(paths[0]);
  });

  it('shows a file that has gone as missing, and forgets it on request', async () => {
    const userData = tempDir();
    const gone = join(tempDir(), 'gone.skillmix');
    await addRecent(userData, gone);
    expect(await listRecent(userData)).toMatchObject([{ path: gone, name: 'gone.skillmix', exists: false }]);
    await removeRecent(userData, gone);
    expect(await listRecent(userData)).toEqual([]);
  });

  it('survives a damaged list file', async () => {
    const userData = tempDir();
    writeFileSync(join(userData, 'recent-files.json'), '{not json');
    expect(await listRecent(userData)).toEqual([]);
    await addRecent(userData, '/x.skillmix');
    expect((await listRecent(userData))[0].path).toBe('/x.skillmix');
  });

  it('loses no entry when files are opened in quick succession', async () => {
    const userData = tempDir();
    await Promise.all(['/a', '/b', '/c', '/d'].map((p) => addRecent(userData, p)));
    expect((await listRecent(userData)).map((e) => e.path).sort()).toEqual(['/a', '/b', '/c', '/d']);
  });
});

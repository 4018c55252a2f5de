import { mkdirSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { rename } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../main/store/atomicWrite';
import { tempDir } from './helpers';

const busy = () => Object.assign(new Error('EBUSY: resource busy or locked'), { code: 'EBUSY' });

describe('atomic save', () => {
  it('replaces the file and leaves only the file in its folder', async () => {
    const dir = tempDir();
    const path = join(dir, 'p.skillmix');
    writeFileSync(path, 'old');
    await writeFileAtomic(path, 'new');
    expect(readFileSync(path, 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['p.skillmix']);
  });

  it('retries while another program holds the file, then succeeds', async () => {
    const dir = tempDir();
    const path = join(dir, 'p.skillmix');
    let attempts = 0;
    await writeFileAtomic(path, 'saved', {
      retryDelaysMs: [1, 1, 1],
      rename: async (a, b) => {
        attempts += 1;
        if (attempts < 3) throw busy();
        await rename(a, b);
      },
    });
    expect(attempts).toBe(3);
    expect(readFileSync(path, 'utf8')).toBe('saved');
  });

  it('gives up with a clear message, keeps the old file and removes its temp file', async () => {
    const dir = tempDir();
    const path = join(dir, 'p.skillmix');
    writeFileSync(path, 'old');
    const error = await writeFileAtomic(path, 'new', { retryDelaysMs: [1, 1], rename: async () => Promise.reject(busy()) }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'write_failed' });
    expect((error as Error).message).toMatch(/in use by another program.*previous version of the file is unchanged/);
    expect(readFileSync(path, 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['p.skillmix']);
  });

  it('cleans up when the target cannot be replaced (a folder is in the way)', async () => {
    const dir = tempDir();
    const path = join(dir, 'p.skillmix');
    mkdirSync(path);
    writeFileSync(join(path, 'inside'), 'x');
    const error = await writeFileAtomic(path, 'new').catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'write_failed' });
    expect(readdirSync(dir)).toEqual(['p.skillmix']);
  });

  it('tidies temp files that long-dead saves of the same file left, but no others', async () => {
    const dir = tempDir();
    const path = join(dir, 'p.skillmix');
    const old = join(dir, '.p.skillmix.0123456789ab.skillmix-tmp');
    const fresh = join(dir, '.p.skillmix.ba9876543210.skillmix-tmp');
    const other = join(dir, '.q.skillmix.0123456789ab.skillmix-tmp');
    for (const f of [old, fresh, other]) writeFileSync(f, 'partial');
    const hourAgo = new Date(Date.now() - 3600_000);
    utimesSync(old, hourAgo, hourAgo);
    utimesSync(other, hourAgo, hourAgo);
    await writeFileAtomic(path, 'saved');
    expect(readdirSync(dir).sort()).toEqual(['.p.skillmix.ba9876543210.skillmix-tmp', '.q.skillmix.0123456789ab.skillmix-tmp', 'p.skillmix']);
  });

  it('says when the folder does not exist', async () => {
    const error = await writeFileAtomic(join(tempDir(), 'missing', 'p.skillmix'), 'x').catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'write_failed' });
    expect((error as Error).message).toMatch(/folder does not exist/);
  });
});

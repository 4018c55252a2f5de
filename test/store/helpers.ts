import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultProject, type Project } from '../../models/project';

export function tempDir(prefix = 'skillmix-store-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A project with `n` scenarios in a tree (each the variant of an earlier one). */
export function projectWith(n: number, tag = ''): Project {
  const p = defaultProject();
  const base = p.scenarios[0];
  p.scenarios = Array.from({ length: n }, (_, i) => {
    const s = structuredClone(base);
    if (i > 0) {
      s.id = `variant-${i}`;
      s.name = `Variant ${i}${tag}`;
      s.parentId = i === 1 ? base.id : `variant-${Math.floor(i / 2)}`;
      s.presetId = null;
      s.teams[0].roles[0].posts = 4 + (i % 7) * 0.5;
    }
    return s;
  });
  p.name = `Project ${n}${tag}`;
  return p;
}

/** What a user would notice changed about a file: its bytes or its modification time. */
export function fingerprint(path: string): string {
  const st = statSync(path);
  return `${st.mtimeMs}:${st.size}:${createHash('sha256').update(readFileSync(path)).digest('hex')}`;
}

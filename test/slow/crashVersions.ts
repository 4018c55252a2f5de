import { defaultProject } from '../../models/project';
import type { ProjectDocument } from '../../models/projectDocument';

/**
 * Version `i` of the project the crash test saves: its name carries `i`, and its size varies
 * (notes up to ~100 kB, one to four scenarios) so kills land in every phase of a save.
 */
export function crashVersion(i: number): ProjectDocument {
  const project = defaultProject();
  const base = project.scenarios[0];
  project.scenarios = Array.from({ length: 1 + (i % 4) }, (_, k) => {
    const s = structuredClone(base);
    if (k > 0) {
      s.id = `v${k}`;
      s.name = `Variant ${k} of version ${i}`;
      s.parentId = base.id;
      s.presetId = null;
    }
    s.teams[0].roles[0].posts = (i % 40) / 2;
    return s;
  });
  project.name = `Version ${i}`;
  project.notes = `version ${i} `.repeat((i * 7919) % 8000);
  return { project, results: [] };
}

export function versionOf(name: string): number {
  const m = /^Version (\d+)$/.exec(name);
  if (!m) throw new Error(`not a crash-test project name: ${name}`);
  return Number(m[1]);
}

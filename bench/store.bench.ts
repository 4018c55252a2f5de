// Open and save of a project with 200 scenarios and a cached result for each (DESIGN §6 target:
// ≤ 200 ms each), through the same functions the app's handlers call.
import { readFileSync, statSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultProject } from '../models/project';
import { resultKey } from '../models/resultCache';
import { openProjectFile, saveProjectFile } from '../main/store/projectFile';
import { median, report } from './measure';

const SCENARIOS = 200;

function bigProject() {
  const project = defaultProject();
  const base = project.scenarios[0];
  const golden = JSON.parse(readFileSync(join(import.meta.dirname, '../test/fixtures/result.des.golden.json'), 'utf8'));
  project.scenarios = Array.from({ length: SCENARIOS }, (_, i) => {
    const s = structuredClone(base);
    if (i > 0) {
      s.id = `variant-${i}`;
      s.name = `Variant ${i}`;
      s.parentId = i === 1 ? base.id : `variant-${Math.floor(i / 2)}`;
      s.presetId = null;
      s.teams[0].roles[0].posts = 3 + (i % 9) * 0.5;
    }
    return s;
  });
  const results = project.scenarios.map((s) => ({ key: resultKey(s, 'des'), scenarioId: s.id, engine: 'des' as const, result: golden, created: new Date().toISOString() }));
  return { project, results };
}

async function timeAsync(fn: () => Promise<unknown>, runs: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return times;
}

const doc = bigProject();
const path = join(mkdtempSync(join(tmpdir(), 'skillmix-bench-')), 'big.skillmix');
await saveProjectFile(path, doc);
await openProjectFile(path);

const save = await timeAsync(() => saveProjectFile(path, doc), 15);
const open = await timeAsync(() => openProjectFile(path), 15);
// The minimum is what the work costs; median and max show how much a busy machine adds.
for (const [name, times] of [['store.save', save], ['store.open', open]] as const) {
  report(name, 'min', Math.min(...times), 'ms');
  report(name, 'median', median(times), 'ms');
  report(name, 'max', Math.max(...times), 'ms');
}
report('store.file', 'size', statSync(path).size / 1e6, 'MB');

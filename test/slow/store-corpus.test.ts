/**
 * Bad files lose nothing: a corpus of mutated project, scenario and CSV files, generated from
 * fixed seeds, goes through the readers the app uses. Every file must either open or fail with
 * a typed error and a message; none may crash the process or be written to.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeCsv } from '../../models/csv';
import { previewImport } from '../../models/import';
import { resultKey } from '../../models/resultCache';
import { readCsvFile } from '../../main/store/csvFile';
import { encodeDocument } from '../../main/store/encode';
import { openProjectFile } from '../../main/store/projectFile';
import { readScenarioFile } from '../../main/store/scenarioFile';
import { sqlJs } from '../../main/store/sqlJs';
import { StoreError, type StoreErrorCode } from '../../main/store/storeError';
import { fingerprint, projectWith, tempDir } from '../store/helpers';
import golden from '../fixtures/result.capacity.golden.json' with { type: 'json' };

/** mulberry32: a small seeded generator, so the corpus is the same on every run and machine. */
function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  return { next, int, pick: <T>(xs: readonly T[]): T => xs[int(xs.length)] };
}
type Rng = ReturnType<typeof rng>;

type Mutant = { name: string; kind: 'project' | 'scenario' | 'csv'; bytes: Uint8Array };

function mutateBytes(base: Uint8Array, r: Rng): { how: string; bytes: Uint8Array } {
  const b = new Uint8Array(base);
  switch (r.int(7)) {
    case 0: {
      const n = r.int(base.length);
      return { how: `truncate-${n}`, bytes: b.subarray(0, n) };
    }
    case 1: {
      const flips = 1 + r.int(16);
      for (let i = 0; i < flips; i++) b[r.int(b.length)] ^= 1 << r.int(8);
      return { how: `flip${flips}`, bytes: b };
    }
    case 2: {
      const at = r.int(Math.min(100, b.length));
      b[at] ^= 1 << r.int(8);
      return { how: `header-flip-${at}`, bytes: b };
    }
    case 3: {
      const from = r.int(b.length);
      const to = r.int(b.length);
      const len = 1 + r.int(512);
      b.copyWithin(to, from, from + len);
      return { how: `splice-${from}-${to}-${len}`, bytes: b };
    }
    case 4: {
      const at = r.int(b.length);
      const len = r.int(4096);
      const junk = Uint8Array.from({ length: len }, () => r.int(256));
      return { how: `insert-${at}-${len}`, bytes: new Uint8Array([...b.subarray(0, at), ...junk, ...b.subarray(at)]) };
    }
    case 5: {
      const at = r.int(b.length);
      const len = 1 + r.int(8192);
      return { how: `delete-${at}-${len}`, bytes: new Uint8Array([...b.subarray(0, at), ...b.subarray(at + len)]) };
    }
    default: {
      const page = 4096 * r.int(Math.max(1, Math.floor(b.length / 4096)));
      b.fill(r.int(2) ? 0 : 0xff, page, page + 4096);
      return { how: `wipe-page-${page}`, bytes: b };
    }
  }
}

/** Swaps the type of one value somewhere in a JSON tree (or deletes it). */
function swapType(value: unknown, r: Rng): { how: string; value: unknown } {
  const copy = structuredClone(value) as Record<string, unknown>;
  let node: Record<string, unknown> | unknown[] = copy;
  let path = '';
  for (let depth = 0; depth < 8; depth++) {
    const keys = Object.keys(node);
    if (keys.length === 0) break;
    const k = r.pick(keys);
    const child = (node as Record<string, unknown>)[k];
    if (child !== null && typeof child === 'object' && r.next() < 0.75) {
      node = child as Record<string, unknown>;
      path += `.${k}`;
      continue;
    }
    const replacements: unknown[] = ['text', 42, -1, true, null, [], {}, 1e308, ''];
    const replacement = r.pick(replacements);
    if (r.next() < 0.2 && !Array.isArray(node)) delete (node as Record<string, unknown>)[k];
    else (node as Record<string, unknown>)[k] = replacement;
    return { how: `swap${path}.${k}`, value: copy };
  }
  return { how: 'swap-none', value: copy };
}

async function buildCorpus(): Promise<Mutant[]> {
  const SQL = await sqlJs();
  const project = projectWith(3);
  const doc = {
    project,
    results: [{ key: resultKey(project.scenarios[0], 'capacity'), scenarioId: project.scenarios[0].id, engine: 'capacity' as const, result: golden as never, created: '2026-01-01T00:00:00Z' }],
  };
  const info = { appVersion: 'test', created: '2026-01-01T00:00:00Z', modified: '2026-01-01T00:00:00Z', scenarioTimes: {}, extra: {} };
  const base = encodeDocument(SQL, doc, info);
  const scenario = project.scenarios[1];
  const scenarioText = new TextEncoder().encode(JSON.stringify(scenario, null, 2));
  const establishment = writeCsv([
    ['team', 'role', 'category', 'posts', 'cost'],
    ['Locality team', 'Social worker', 'qualified_sw', 5.5, 52000],
    ['Locality team', 'Team administrator', 'administrator', 2, '£31,500'],
    ['Locality team', 'Family practitioner', 'aq_practitioner', 3, 38000],
  ], { bom: true });
  const demand = writeCsv([
    ['case type', 'referrals per week', 'open cases', 'children per family'],
    ['Child in need', 3, 40, 1.8],
    ['cp', '', 12, 2.1],
  ]);
  const out: Mutant[] = [];
  const enc = (s: string) => new TextEncoder().encode(s);

  for (let seed = 1; seed <= 220; seed++) {
    const r = rng(seed);
    const m = mutateBytes(base, r);
    out.push({ name: `project-${seed}-${m.how}`, kind: 'project', bytes: m.bytes });
  }
  for (let seed = 1; seed <= 40; seed++) {
    // Valid SQLite, SkillMix's own layout, but a scenario inside with a value of the wrong type.
    const r = rng(1000 + seed);
    const db = new SQL.Database(base);
    const row = r.int(project.scenarios.length);
    const swapped = swapType(project.scenarios[row], r);
    db.run('UPDATE scenarios SET scenario_json = ? WHERE sort_order = ?', [JSON.stringify(swapped.value), row]);
    if (seed % 10 === 0) db.run(`PRAGMA user_version = ${2 + r.int(50)}`);
    if (seed % 10 === 5) db.run(`PRAGMA application_id = ${1 + r.int(1e6)}`);
    out.push({ name: `project-json-${seed}-${swapped.how}`, kind: 'project', bytes: db.export() });
    db.close();
  }
  for (let seed = 1; seed <= 10; seed++) {
    const r = rng(2000 + seed);
    const noise = Uint8Array.from({ length: r.int(20000) }, () => r.int(256));
    if (seed % 2) noise.set(enc('SQLite format 3\0'));
    out.push({ name: `project-noise-${seed}`, kind: 'project', bytes: noise });
  }
  for (let seed = 1; seed <= 120; seed++) {
    const r = rng(3000 + seed);
    if (seed % 3 === 0) {
      const m = mutateBytes(scenarioText, r);
      out.push({ name: `scenario-${seed}-${m.how}`, kind: 'scenario', bytes: m.bytes });
    } else {
      const swapped = swapType(scenario, r);
      out.push({ name: `scenario-${seed}-${swapped.how}`, kind: 'scenario', bytes: enc(JSON.stringify(swapped.value)) });
    }
  }
  for (let seed = 1; seed <= 140; seed++) {
    const r = rng(4000 + seed);
    const text = seed % 2 ? establishment : demand;
    out.push({ name: `csv-${seed}`, kind: 'csv', bytes: enc(mutateCsv(text, r)) });
  }
  return out;
}

function mutateCsv(text: string, r: Rng): string {
  const lines = text.replace(/^\uFEFF/, '').split('\r\n').filter(Boolean).map((l) => l.split(','));
  switch (r.int(6)) {
    case 0: {
      const col = r.int(lines[0].length);
      return lines.map((l) => l.filter((_, i) => i !== col).join(',')).join('\r\n');
    }
    case 1: {
      const row = 1 + r.int(lines.length - 1);
      const col = r.int(lines[row].length);
      lines[row][col] = r.pick(['six', '-3', '1e999', 'NaN', '5,5', '£', '', '  ', '0x10', '99999999']);
      return lines.map((l) => l.join(',')).join('\n');
    }
    case 2: {
      const at = r.int(text.length);
      return text.slice(0, at) + '"' + text.slice(at);
    }
    case 3:
      return text.slice(0, r.int(text.length));
    case 4: {
      lines[0][r.int(lines[0].length)] = r.pick(['Team', 'ROLE', 'unknown', '', 'posts (FTE)', 'Case_Type']);
      return lines.map((l) => l.join(',')).join('\r\n');
    }
    default: {
      const chars = [...text];
      for (let i = 0; i < 1 + r.int(6); i++) chars[r.int(chars.length)] = r.pick([',', '"', '\n', '\r', 'x', '\u0000', '9']);
      return chars.join('');
    }
  }
}

const PROJECT_CODES: StoreErrorCode[] = ['empty_file', 'not_sqlite', 'truncated', 'corrupt', 'foreign_database', 'newer_version', 'invalid_project', 'invalid_scenario', 'migration_failed'];
const SCENARIO_CODES: StoreErrorCode[] = ['empty_file', 'invalid_json', 'invalid_scenario', 'newer_version', 'wrong_file_kind'];

describe('a corpus of damaged files', () => {
  it('never crashes, never writes to an input, and explains every failure with a typed error', async () => {
    const corpus = await buildCorpus();
    expect(corpus.length).toBeGreaterThanOrEqual(500);
    const dir = tempDir('skillmix-corpus-');
    mkdirSync(join(dir, 'in'));
    const outcomes = new Map<string, number>();
    const count = (key: string) => outcomes.set(key, (outcomes.get(key) ?? 0) + 1);
    const scenario = projectWith(1).scenarios[0];
    for (const m of corpus) {
      const path = join(dir, 'in', `${m.name.replace(/[^\w.-]/g, '_')}.${m.kind === 'project' ? 'skillmix' : m.kind === 'csv' ? 'csv' : 'json'}`);
      writeFileSync(path, m.bytes);
      const before = fingerprint(path);
      try {
        if (m.kind === 'csv') {
          const text = await readCsvFile(path);
          for (const kind of ['establishment', 'demand'] as const) {
            const p = previewImport(kind, scenario, text);
            if (p.fileError) {
              expect(p.fileError.message.length, m.name).toBeGreaterThan(0);
              count(`csv:${p.fileError.code}`);
            } else if (p.errors.length > 0) {
              for (const e of p.errors) {
                expect(e.row, m.name).toBeGreaterThanOrEqual(2);
                expect(e.message.length, m.name).toBeGreaterThan(0);
                count(`csv:${e.code}`);
              }
            } else {
              expect(p.scenario, m.name).not.toBeNull();
              count('csv:ok');
            }
          }
        } else {
          await (m.kind === 'project' ? openProjectFile(path) : readScenarioFile(path));
          count(`${m.kind}:ok`);
        }
      } catch (error) {
        if (!(error instanceof StoreError)) throw new Error(`${m.name}: untyped failure: ${String(error)}`);
        expect(m.kind === 'project' ? PROJECT_CODES : SCENARIO_CODES, m.name).toContain(error.code);
        expect(error.message.length, m.name).toBeGreaterThan(10);
        count(`${m.kind}:${error.code}`);
      }
      expect(fingerprint(path), `${m.name} was written to`).toBe(before);
    }
    console.log(`corpus of ${corpus.length} files:`, Object.fromEntries([...outcomes].sort()));
    for (const key of ['project:truncated', 'project:not_sqlite', 'project:foreign_database', 'project:newer_version', 'project:invalid_scenario', 'scenario:invalid_scenario', 'scenario:invalid_json', 'csv:csv_missing_columns', 'csv:csv_bad_number']) {
      expect(outcomes.get(key) ?? 0, `no file in the corpus produced ${key}`).toBeGreaterThan(0);
    }
  }, 120_000);
});

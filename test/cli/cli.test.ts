import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { presetScenario } from '../../models/presets/index';
import { ResultSchema } from '../../models/result';

const dir = mkdtempSync(join(tmpdir(), 'skillmix-cli-'));

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'main/cli/simulate.ts', ...args], { encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function expectUserError(r: ReturnType<typeof cli>, mentions: RegExp) {
  expect(r.code).toBe(2);
  expect(r.out).toBe('');
  const lines = r.err.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(mentions);
  expect(r.err).not.toMatch(/\n\s+at /);
}

describe('npm run -s simulate', () => {
  it('lists the presets, one a line, id first', () => {
    const r = cli('--list-presets');
    expect(r.code).toBe(0);
    expect(r.out.trim().split('\n').map((l) => l.split('\t')[0])).toEqual(['traditional', 'skilled-admin', 'family-practitioners', 'rsw-unit', 'family-safeguarding', 'fgc']);
  });

  it('prints a preset’s result as JSON that matches the result contract, with savings against its parent', () => {
    const r = cli('--preset', 'skilled-admin', '--format', 'json');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(ResultSchema.safeParse(json).success).toBe(true);
    expect(json.scenario.id).toBe('skilled-admin');
    expect(json.money.releasedFte).toBeGreaterThan(0);
  });

  it('prints CSV with a BOM, the header of DESIGN §8 and one row per figure', () => {
    const r = cli('--preset', 'traditional', '--format', 'csv');
    expect(r.code).toBe(0);
    expect(r.out.startsWith('\uFEFFsection,team,role,kpi,stat,value,unit\r\n')).toBe(true);
    expect(r.out).toContain('\r\nrole,locality,social_worker,shares.direct,value,');
    expect(r.out).toContain('\r\nmoney,,,cashableSavingsPerYear,value,,£ per year\r\n');
  });

  it('runs a scenario file, compares it with a preset and writes to --out', () => {
    const file = join(dir, 'scenario.json');
    const out = join(dir, 'result.json');
    const s = presetScenario('traditional');
    s.id = 'more_admin';
    s.teams[0].roles[2].posts = 1;
    writeFileSync(file, JSON.stringify(s));
    const r = cli(file, '--compare-to', 'preset:traditional', '--out', out);
    expect(r.code).toBe(0);
    const json = JSON.parse(readFileSync(out, 'utf8'));
    expect(json.scenario.id).toBe('more_admin');
    expect(json.money.cashableSavingsPerYear).toBe(0);
  });

  it('a missing file: exit 2, one line naming it', () => {
    expectUserError(cli(join(dir, 'nope.json')), /nope\.json: no such file/);
  });

  it('bad JSON: exit 2, one line saying so', () => {
    const file = join(dir, 'bad.json');
    writeFileSync(file, '{"teams": [');
    expectUserError(cli(file), /bad\.json: not valid JSON/);
  });

  it('a field out of range: exit 2, one line naming the field', () => {
    const file = join(dir, 'negative.json');
    const s = presetScenario('traditional');
    s.teams[0].roles[0].posts = -1;
    writeFileSync(file, JSON.stringify(s));
    expectUserError(cli(file), /teams\[0\]\.roles\[0\]\.posts: Posts cannot be negative/);
  });

  it('carries the diaries of the week and replication asked for; one out of the run is a user error naming it', () => {
    const r = cli('--preset', 'skilled-admin', '--engine', 'des', '--runs', '3', '--weeks', '6', '--warmup', '2', '--diary-week', '5', '--diary-replication', '2', '--threads', '1');
    expect(r.code).toBe(0);
    const diary = JSON.parse(r.out).diary;
    expect(diary).toMatchObject({ week: 5, replication: 2 });
    expect(diary.blocks.length).toBeGreaterThan(0);
    expectUserError(cli('--preset', 'fgc', '--engine', 'des', '--runs', '3', '--weeks', '6', '--warmup', '2', '--diary-week', '9'), /run\.diaryWeek: .*from 1 to 8/);
    expectUserError(cli('--preset', 'fgc', '--engine', 'des', '--runs', '3', '--diary-replication', '3'), /run\.diaryReplication: .*from 0 to 2/);
  });

  it('an unknown preset and a DES option without --engine des are user errors too', () => {
    expectUserError(cli('--preset', 'nope'), /no preset "nope"/);
    expectUserError(cli('--preset', 'fgc', '--runs', '5'), /--runs applies only to --engine des/);
  });
});

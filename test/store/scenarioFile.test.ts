import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultProject } from '../../models/project';
import { readCsvFile, writeCsvFile } from '../../main/store/csvFile';
import { saveProjectFile } from '../../main/store/projectFile';
import { readScenarioFile, writeScenarioFile } from '../../main/store/scenarioFile';
import { tempDir } from './helpers';

const scenario = () => defaultProject().scenarios[0];
const write = (name: string, content: string | Uint8Array) => {
  const path = join(tempDir(), name);
  writeFileSync(path, content);
  return path;
};
const failure = (path: string) => readScenarioFile(path).then(() => expect.fail('should not open'), (e: unknown) => e as { code: string; message: string; path: string });

describe('scenario JSON files', () => {
  it('export and import back the same scenario', async () => {
    const path = join(tempDir(), 'traditional.json');
    await writeScenarioFile(path, scenario());
    expect(await readScenarioFile(path)).toEqual(scenario());
  });

  it('name the field of a value with the wrong type', async () => {
    const s = scenario() as unknown as { teams: { roles: { hoursPerFte: unknown }[] }[] };
    s.teams[0].roles[1].hoursPerFte = '37';
    const e = await failure(write('bad.json', JSON.stringify(s)));
    expect(e.code).toBe('invalid_scenario');
    expect(e.path).toBe('teams[0].roles[1].hoursPerFte');
    expect(e.message).toMatch(/teams\[0\]\.roles\[1\]\.hoursPerFte: Contracted hours per week must be a number/);
  });

  it('say what is wrong with text that is not JSON, a newer format, a project file and an empty file', async () => {
    expect((await failure(write('a.json', '{"teams": ['))).code).toBe('invalid_json');
    expect((await failure(write('b.json', JSON.stringify({ ...scenario(), formatVersion: 99 })))).code).toBe('newer_version');
    expect((await failure(write('c.json', JSON.stringify(defaultProject())))).code).toBe('wrong_file_kind');
    expect((await failure(write('d.json', ''))).code).toBe('empty_file');
    expect((await failure(write('e.json', '[1,2]'))).code).toBe('invalid_scenario');
    const project = join(tempDir(), 'p.skillmix');
    await saveProjectFile(project, { project: defaultProject(), results: [] });
    expect((await failure(project)).message).toMatch(/project file, not a scenario/);
  });
});

describe('CSV files', () => {
  it('are written with a BOM exactly once', async () => {
    const path = join(tempDir(), 'r.csv');
    await writeCsvFile(path, 'a,b\r\n');
    expect(readFileSync(path).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    await writeCsvFile(path, '\uFEFFa,b\r\n');
    expect(readFileSync(path, 'utf8')).toBe('\uFEFFa,b\r\n');
  });

  it('read Excel’s Windows-1252 "CSV" with £ intact', async () => {
    const path = write('w.csv', Buffer.from([0x63, 0x6f, 0x73, 0x74, 0x0a, 0xa3, 0x35, 0x30]));
    expect(await readCsvFile(path)).toBe('cost\n£50');
  });
});

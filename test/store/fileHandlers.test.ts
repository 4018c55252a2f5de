import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Result } from '../../models/api';
import { defaultProject } from '../../models/project';
import { createHandlers } from '../../main/handlers';
import type { FileDialogs, FileKind } from '../../main/handlers/fileDialogs';
import { fingerprint, projectWith, tempDir } from './helpers';

const golden = JSON.parse(readFileSync(join(import.meta.dirname, '../fixtures/result.capacity.golden.json'), 'utf8'));

/** Dialogs that answer from a queue, as a user clicking through them would. */
function stubDialogs() {
  const answers: (string | null)[] = [];
  const asked: { how: 'open' | 'save'; kind: FileKind; suggested?: string }[] = [];
  const dialogs: FileDialogs = {
    chooseOpen: async (kind) => (asked.push({ how: 'open', kind }), answers.shift() ?? null),
    chooseSave: async (kind, suggested) => (asked.push({ how: 'save', kind, suggested }), answers.shift() ?? null),
  };
  return { dialogs, answers, asked };
}

function setup() {
  const stub = stubDialogs();
  const userDataDir = tempDir('skillmix-userdata-');
  const handlers = createHandlers({ userDataDir, dialogs: stub.dialogs, autosaveDelayMs: 20 });
  return { ...stub, handlers, userDataDir, files: tempDir('skillmix-files-') };
}

function value<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.value;
}

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Waits for autosave's debounced write, however slow the machine is. */
async function copiesOnceWritten(handlers: ReturnType<typeof createHandlers>, count = 1) {
  for (let i = 0; i < 500; i++) {
    const copies = value(await handlers['recovery:list']({}));
    if (copies.length >= count) return copies;
    await wait(10);
  }
  throw new Error('autosave never wrote a recovery copy');
}

describe('File › Save, Save As, Open and Recent', () => {
  it('asks where on the first save, then saves there without asking, and reopens from the recent list', async () => {
    const { handlers, answers, asked, files } = setup();
    const path = join(files, 'North team.skillmix');
    const project = projectWith(3);
    answers.push(path);
    const saved = value(await handlers['project:save']({ project, results: [] }));
    expect(saved).toMatchObject({ path, fileName: 'North team.skillmix' });
    expect(asked).toEqual([{ how: 'save', kind: 'project', suggested: `${project.name}.skillmix` }]);

    const edited = structuredClone(project);
    edited.notes = 'second save';
    value(await handlers['project:save']({ project: edited, results: [] }));
    expect(asked).toHaveLength(1);

    const recent = value(await handlers['project:recent']({}));
    expect(recent).toMatchObject([{ path, name: 'North team.skillmix', exists: true }]);
    const opened = value(await handlers['project:open']({ path }));
    expect(opened).toMatchObject({ path, recovered: false, warnings: [] });
    expect(opened?.project).toEqual(edited);
  });

  it('keeps cached results with the project', async () => {
    const { handlers, answers, files } = setup();
    const project = defaultProject();
    const results = [{ key: 'a'.repeat(64), scenarioId: project.scenarios[0].id, engine: 'capacity' as const, result: golden, created: '2026-01-01T00:00:00.000Z' }];
    answers.push(join(files, 'r.skillmix'));
    value(await handlers['project:saveAs']({ project, results }));
    answers.push(join(files, 'r.skillmix'));
    expect(value(await handlers['project:open']({}))?.results).toEqual(results);
  });

  it('does nothing when a dialog is cancelled', async () => {
    const { handlers } = setup();
    expect(await handlers['project:saveAs']({ project: defaultProject(), results: [] })).toEqual({ ok: true, value: null });
    expect(await handlers['project:open']({})).toEqual({ ok: true, value: null });
  });

  it('opens by name only files on the recent list', async () => {
    const { handlers } = setup();
    expect(await handlers['project:open']({ path: '/etc/passwd' })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('reports a bad file with its own code and leaves it untouched', async () => {
    const { handlers, answers, files } = setup();
    const path = join(files, 'notes.skillmix');
    writeFileSync(path, 'meeting notes, not a project');
    const before = fingerprint(path);
    answers.push(path);
    expect(await handlers['project:open']({})).toMatchObject({ ok: false, error: { code: 'not_sqlite', message: expect.stringMatching(/not an SQLite database/) } });
    expect(fingerprint(path)).toBe(before);
  });

  it('rejects an invalid project on save, naming the field, and writes nothing', async () => {
    const { handlers, answers, asked, files } = setup();
    const project = defaultProject();
    (project.scenarios[0].teams[0].roles[0] as { posts: unknown }).posts = 'six';
    answers.push(join(files, 'x.skillmix'));
    const r = await handlers['project:save']({ project, results: [] });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid_args', path: 'project.scenarios[0].teams[0].roles[0].posts' } });
    expect(asked).toEqual([]);
  });

  it('answers no_dialog where no dialogs are available', async () => {
    const handlers = createHandlers({ userDataDir: tempDir() });
    expect(await handlers['project:open']({})).toMatchObject({ ok: false, error: { code: 'no_dialog' } });
  });
});

describe('autosave and recovery', () => {
  it('offers an unsaved project’s changes back after a crash, and forgets them once saved', async () => {
    const { handlers, answers, files, userDataDir } = setup();
    const project = projectWith(2, ' draft');
    value(await handlers['project:autosave']({ project, results: [], dirty: true }));
    await copiesOnceWritten(handlers);

    // A new launch: a fresh handler map on the same user-data folder.
    const relaunched = createHandlers({ userDataDir, dialogs: stubDialogs().dialogs });
    const copies = value(await relaunched['recovery:list']({}));
    expect(copies).toMatchObject([{ originalPath: null, projectName: project.name }]);
    const restored = value(await relaunched['recovery:restore']({ id: copies[0].id }));
    expect(restored).toMatchObject({ path: null, recovered: true });
    expect(restored.project).toEqual(project);

    answers.push(join(files, 'draft.skillmix'));
    value(await handlers['project:save']({ project, results: [] }));
    expect(value(await handlers['recovery:list']({}))).toEqual([]);
  });

  it('offers a saved file’s newer changes, restores them to be saved to the same file', async () => {
    const { handlers, answers, files, userDataDir } = setup();
    const path = join(files, 'team.skillmix');
    const project = projectWith(1);
    answers.push(path);
    value(await handlers['project:saveAs']({ project, results: [] }));
    const edited = structuredClone(project);
    edited.notes = 'unsaved edit';
    await wait(20);
    value(await handlers['project:autosave']({ project: edited, results: [], dirty: true }));
    await copiesOnceWritten(handlers);

    const relaunched = createHandlers({ userDataDir, dialogs: stubDialogs().dialogs });
    const [copy] = value(await relaunched['recovery:list']({}));
    expect(copy).toMatchObject({ originalPath: path });
    const restored = value(await relaunched['recovery:restore']({ id: copy.id }));
    expect(restored.project.notes).toBe('unsaved edit');
    value(await relaunched['project:save']({ project: restored.project, results: [] }));
    const reopened = value(await relaunched['project:open']({ path }));
    expect(reopened?.project.notes).toBe('unsaved edit');
    expect(value(await relaunched['recovery:list']({}))).toEqual([]);
  });

  it('drops the copy when the document is back to its saved state, and on close', async () => {
    const { handlers } = setup();
    value(await handlers['project:autosave']({ project: defaultProject(), results: [], dirty: true }));
    expect(await copiesOnceWritten(handlers)).toHaveLength(1);
    expect(value(await handlers['project:autosave']({ project: defaultProject(), results: [], dirty: false }))).toEqual({ scheduled: false });
    expect(value(await handlers['recovery:list']({}))).toEqual([]);
    value(await handlers['project:autosave']({ project: defaultProject(), results: [], dirty: true }));
    await copiesOnceWritten(handlers);
    value(await handlers['project:close']({}));
    expect(value(await handlers['recovery:list']({}))).toEqual([]);
  });

  it('discards a copy on request and refuses ids that are not copies', async () => {
    const { handlers } = setup();
    expect(await handlers['recovery:restore']({ id: '../recent-files' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await handlers['recovery:discard']({ id: 'nope' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});

describe('import and export', () => {
  it('exports a scenario as JSON and imports it back; an invalid one names its field', async () => {
    const { handlers, answers, files } = setup();
    const scenario = defaultProject().scenarios[0];
    const path = join(files, 'traditional.json');
    answers.push(path);
    expect(value(await handlers['scenario:export']({ scenario }))).toEqual({ path, fileName: 'traditional.json' });
    answers.push(path);
    expect(value(await handlers['scenario:import']({}))).toEqual(scenario);

    const bad = JSON.parse(readFileSync(path, 'utf8'));
    bad.run.replications = 'many';
    writeFileSync(path, JSON.stringify(bad));
    answers.push(path);
    expect(await handlers['scenario:import']({})).toMatchObject({ ok: false, error: { code: 'invalid_scenario', path: 'run.replications' } });
  });

  it('previews a council’s establishment CSV, then applies it', async () => {
    const { handlers, answers, files } = setup();
    const scenario = defaultProject().scenarios[0];
    const path = join(files, 'establishment.csv');
    writeFileSync(path, '\uFEFFteam,role,category,posts,cost\r\nLocality team,Social worker,,5.5,\r\n');
    answers.push(path);
    const file = value(await handlers['import:csvPreview']({ kind: 'establishment', scenario }))!;
    expect(file.fileName).toBe('establishment.csv');
    expect(file.preview.changes.map((c) => c.text)).toEqual(['Locality team › Social worker: posts 6 → 5.5']);
    const applied = value(await handlers['import:csvApply']({ kind: 'establishment', scenario, text: file.text }));
    expect(applied.teams[0].roles[0].posts).toBe(5.5);
  });

  it('refuses to apply a CSV with errors, saying the row and column', async () => {
    const { handlers } = setup();
    const scenario = defaultProject().scenarios[0];
    const r = await handlers['import:csvApply']({ kind: 'demand', scenario, text: 'case type,referrals per week,open cases,children per family\ncin,many,1,1\ncp,1,x,1\n' });
    expect(r).toMatchObject({ ok: false, error: { code: 'csv_bad_number', path: 'row 2, referrals per week', message: expect.stringMatching(/^Row 2, column "referrals per week": .*and 1 more problem/) } });
    const missing = await handlers['import:csvApply']({ kind: 'demand', scenario, text: 'case type,open cases\ncin,1\n' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'csv_missing_columns' } });
  });

  it('exports results as CSV with a BOM and the DESIGN §8 columns', async () => {
    const { handlers, answers, asked, files } = setup();
    const path = join(files, 'results.csv');
    answers.push(path);
    value(await handlers['results:exportCsv']({ result: golden }));
    expect(asked[0].suggested).toBe('Traditional team results.csv');
    const text = readFileSync(path, 'utf8');
    expect(text.startsWith('\uFEFFsection,team,role,kpi,stat,value,unit\r\n')).toBe(true);
  });
});

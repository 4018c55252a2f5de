import { readFileSync } from 'node:fs';
import { ProjectSchema } from '../../models/project';
import { ScenarioSchema, type Scenario } from '../../models/scenario';
import { validate, type ValidationIssue } from '../../models/validation';
import { readProjectScenario } from '../store/projectScenario';
import { isStoreError } from '../store/storeError';
import { UserError } from './userError';

/** SQLite files start with this; the project store reads them. */
const SQLITE_MAGIC = 'SQLite format 3\u0000';

/** The first problem, naming its field, and how many more there are: one line for a terminal. */
function oneLine(issues: ValidationIssue[]): string {
  const first = issues[0];
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
  return `${first.path ? `${first.path}: ` : ''}${first.message}${more}`;
}

function readText(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new UserError(`${path}: no such file`);
    if (code === 'EISDIR') throw new UserError(`${path}: is a folder, not a scenario file`);
    throw new UserError(`${path}: cannot be read (${code ?? 'unknown error'})`);
  }
}

/**
 * The one seam for files the CLI runs: a scenario JSON, or a project (JSON today; the project
 * store adds its SQLite files here). `scenarioName` picks a project's scenario by name or id.
 * Returns the scenario and, from a project, its parent if the project holds it.
 */
export async function loadScenarioFile(path: string, scenarioName?: string): Promise<{ scenario: Scenario; parent: Scenario | null }> {
  const bytes = readText(path);
  if (bytes.subarray(0, SQLITE_MAGIC.length).toString('latin1') === SQLITE_MAGIC) {
    try {
      return await readProjectScenario(path, scenarioName);
    } catch (e) {
      if (isStoreError(e)) throw new UserError(`${path}: ${e.message}`);
      throw e;
    }
  }
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString('utf8').replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new UserError(`${path}: not valid JSON (${(e as Error).message})`);
  }
  if (json && typeof json === 'object' && 'scenarios' in json) {
    const project = validate(ProjectSchema, json);
    if (!project.ok) throw new UserError(`${path}: ${oneLine(project.issues)}`);
    const list = project.value.scenarios;
    const wanted = scenarioName ?? project.value.currentScenarioId;
    const scenario = list.find((s) => s.id === wanted) ?? list.find((s) => s.name === wanted);
    if (!scenario) throw new UserError(`${path}: no scenario "${wanted}"; it holds ${list.map((s) => s.id).join(', ')}`);
    return { scenario, parent: list.find((s) => s.id === scenario.parentId) ?? null };
  }
  if (scenarioName !== undefined) throw new UserError(`--scenario picks a scenario of a project file; ${path} is a single scenario`);
  const checked = validate(ScenarioSchema, json);
  if (!checked.ok) throw new UserError(`${path}: ${oneLine(checked.issues)}`);
  return { scenario: checked.value, parent: null };
}

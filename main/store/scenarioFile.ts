import { basename } from 'node:path';
import { SCENARIO_FORMAT_VERSION, ScenarioSchema, type Scenario } from '../../models/scenario';
import { describeIssues, validate } from '../../models/validation';
import { writeFileAtomic } from './atomicWrite';
import { readBytes } from './projectFile';
import { StoreError } from './storeError';
import { decodeText } from './textFile';

export const MAX_SCENARIO_BYTES = 50 * 1024 * 1024;

/** A scenario JSON file, checked by the same schema as everything else; errors name the field. */
export async function readScenarioFile(path: string): Promise<Scenario> {
  const bytes = await readBytes(path, MAX_SCENARIO_BYTES);
  const name = basename(path);
  if (bytes.length === 0) throw new StoreError('empty_file', `"${name}" is empty (0 bytes): it holds no scenario.`);
  if (startsWith(bytes, 'SQLite format 3')) {
    throw new StoreError('wrong_file_kind', `"${name}" is a project file, not a scenario: open it with File › Open.`);
  }
  return parseScenarioJson(decodeText(bytes), name);
}

export function parseScenarioJson(text: string, name: string): Scenario {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new StoreError('invalid_json', `"${name}" is not a readable scenario: it is not valid JSON (${why}).`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new StoreError('invalid_scenario', `"${name}" does not hold a scenario: expected a JSON object.`);
  }
  const record = data as Record<string, unknown>;
  if (Array.isArray(record.scenarios) && !('teams' in record)) {
    throw new StoreError('wrong_file_kind', `"${name}" holds a whole project, not one scenario: open it with File › Open.`);
  }
  if (typeof record.formatVersion === 'number' && record.formatVersion > SCENARIO_FORMAT_VERSION) {
    throw new StoreError(
      'newer_version',
      `"${name}" was saved by a newer version of SkillMix (scenario format ${record.formatVersion}; this version reads up to ${SCENARIO_FORMAT_VERSION}). Update SkillMix to import it.`,
    );
  }
  const checked = validate(ScenarioSchema, data);
  if (!checked.ok) {
    const first = checked.issues[0];
    throw new StoreError('invalid_scenario', `"${name}" is not a valid scenario:\n${describeIssues(checked.issues)}`, first.path);
  }
  return checked.value;
}

export function writeScenarioFile(path: string, scenario: Scenario): Promise<void> {
  return writeFileAtomic(path, `${JSON.stringify(scenario, null, 2)}\n`);
}

function startsWith(bytes: Uint8Array, text: string): boolean {
  return text.split('').every((c, i) => bytes[i] === c.charCodeAt(0));
}

import { z } from 'zod';
import { ProjectSchema } from './project';
import { SCENARIO_FORMAT_VERSION, ScenarioSchema } from './scenario';

/**
 * The published JSON Schemas (docs/*.schema.json) come from the same zod schemas that validate
 * files, the CLI and IPC, so the two cannot drift: a test regenerates and compares them.
 */
export function scenarioJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(ScenarioSchema, { io: 'input', unrepresentable: 'any' }),
    $id: `https://skillmix.invalid/schema/scenario-v${SCENARIO_FORMAT_VERSION}.json`,
    title: `SkillMix scenario, format version ${SCENARIO_FORMAT_VERSION}`,
  };
}

export function projectJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(ProjectSchema, { io: 'input', unrepresentable: 'any' }),
    title: 'SkillMix project (the document the app edits; files store it in SQLite)',
  };
}

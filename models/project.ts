import { z } from 'zod';
import { IdSchema, NameSchema, uniqueIds } from './common';
import { traditionalScenario } from './presets/traditional';
import { ScenarioSchema } from './scenario';

export const PROJECT_FORMAT_VERSION = 1;

export const ProjectSchema = z
  .object({
    formatVersion: z.literal(PROJECT_FORMAT_VERSION, {
      error: `formatVersion must be ${PROJECT_FORMAT_VERSION}: this project is from another version of SkillMix`,
    }),
    id: IdSchema,
    name: NameSchema,
    /** The scenario tree, flattened: each scenario records its parent. */
    scenarios: z.array(ScenarioSchema).min(1, 'a project holds at least one scenario').superRefine((s, ctx) => uniqueIds(s, ctx, 'scenario')),
    currentScenarioId: IdSchema,
    notes: z.string().max(100_000),
  })
  .superRefine((p, ctx) => {
    const ids = new Set(p.scenarios.map((s) => s.id));
    if (!ids.has(p.currentScenarioId)) {
      ctx.addIssue({ code: 'custom', path: ['currentScenarioId'], message: `no scenario "${p.currentScenarioId}" in this project` });
    }
    p.scenarios.forEach((s, i) => {
      if (s.parentId !== null && !ids.has(s.parentId)) {
        ctx.addIssue({ code: 'custom', path: ['scenarios', i, 'parentId'], message: `no parent scenario "${s.parentId}" in this project` });
      }
    });
  });
export type Project = z.infer<typeof ProjectSchema>;

/** What `npm start` opens on: the traditional team, ready to edit. */
export function defaultProject(): Project {
  const scenario = traditionalScenario();
  return {
    formatVersion: PROJECT_FORMAT_VERSION,
    id: 'untitled',
    name: 'Untitled project',
    scenarios: [scenario],
    currentScenarioId: scenario.id,
    notes: '',
  };
}

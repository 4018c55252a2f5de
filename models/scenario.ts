import { z } from 'zod';
import { ActivitySchema } from './activity';
import { CaseTypesSchema } from './caseType';
import { IdSchema, NameSchema, uniqueIds } from './common';
import { EconomicsSchema } from './economics';
import { ImplementationSchema } from './implementation';
import { InterventionSchema } from './intervention';
import { PolicySchema } from './policy';
import { RunSettingsSchema } from './runSettings';
import { TeamSchema } from './team';

export * from './categories';
export * from './role';
export * from './team';
export * from './activity';
export * from './caseType';
export * from './intervention';
export * from './policy';
export * from './implementation';
export * from './economics';
export * from './runSettings';
export * from './distribution';

/** Bumped whenever the scenario format changes incompatibly; files carry it. */
export const SCENARIO_FORMAT_VERSION = 1;

const ScenarioObject = z.object({
  formatVersion: z.literal(SCENARIO_FORMAT_VERSION, {
    error: `formatVersion must be ${SCENARIO_FORMAT_VERSION}: this file is from another version of SkillMix`,
  }),
  id: IdSchema,
  name: NameSchema,
  /** The scenario this one is a variant of; the app shows what differs. */
  parentId: IdSchema.nullable(),
  /** The evidence preset this scenario was opened from, if any. */
  presetId: IdSchema.nullable(),
  description: z.string().max(5000),
  teams: z.array(TeamSchema).min(1, 'a scenario needs at least one team').superRefine((t, ctx) => uniqueIds(t, ctx, 'team')),
  activities: z.array(ActivitySchema).superRefine((a, ctx) => uniqueIds(a, ctx, 'activity')),
  caseTypes: CaseTypesSchema,
  interventions: z.array(InterventionSchema).superRefine((i, ctx) => uniqueIds(i, ctx, 'intervention')),
  policy: PolicySchema,
  implementation: ImplementationSchema,
  economics: EconomicsSchema,
  run: RunSettingsSchema,
  /**
   * Where each value the user did not type came from: a path such as
   * `teams[0].roles[1].costPerFte` mapped to an id in the defaults catalogue (models/defaults.ts).
   * Editing a value removes its entry, so the UI shows "entered by you" instead.
   */
  sources: z.record(z.string(), z.string()),
});

export const ScenarioSchema = ScenarioObject.superRefine((s, ctx) => checkReferences(s, ctx));
export type Scenario = z.infer<typeof ScenarioObject>;

/** Every id a scenario refers to must exist: a dangling reference would silently drop work. */
function checkReferences(s: Scenario, ctx: z.RefinementCtx): void {
  const activityIds = new Set(s.activities.map((a) => a.id));
  const caseTypeIds = new Set(s.caseTypes.map((c) => c.id));
  const roleIds = new Set(s.teams.flatMap((t) => t.roles.map((r) => r.id)));
  const need = (ok: boolean, path: (string | number)[], message: string) => {
    if (!ok) ctx.addIssue({ code: 'custom', path, message });
  };
  s.activities.forEach((a, i) =>
    a.followUps.forEach((f, j) =>
      need(activityIds.has(f.activityId), ['activities', i, 'followUps', j, 'activityId'], `no activity "${f.activityId}"`),
    ),
  );
  s.teams.forEach((t, ti) =>
    t.roles.forEach((r, ri) => {
      const at = ['teams', ti, 'roles', ri];
      r.activities.forEach((a, j) =>
        need(activityIds.has(a.activityId), [...at, 'activities', j, 'activityId'], `no activity "${a.activityId}"`),
      );
      r.fixed.forEach((f, j) =>
        need(
          f.supervisorRoleId === null || roleIds.has(f.supervisorRoleId),
          [...at, 'fixed', j, 'supervisorRoleId'],
          `no role "${f.supervisorRoleId}" to give this supervision`,
        ),
      );
    }),
  );
  s.caseTypes.forEach((c, ci) => {
    const at = ['caseTypes', ci];
    const tasks: [string, { activityId: string }[]][] = [['oneOff', c.oneOff], ['recurring', c.recurring]];
    for (const [key, list] of tasks) {
      list.forEach((t, j) => need(activityIds.has(t.activityId), [...at, key, j, 'activityId'], `no activity "${t.activityId}"`));
    }
    if (c.elastic) need(activityIds.has(c.elastic.activityId), [...at, 'elastic', 'activityId'], `no activity "${c.elastic.activityId}"`);
    c.closure.forEach((x, j) =>
      need(caseTypeIds.has(x.toCaseTypeId), [...at, 'closure', j, 'toCaseTypeId'], `no case type "${x.toCaseTypeId}"`),
    );
  });
  s.interventions.forEach((iv, i) => {
    iv.caseTypeIds.forEach((id, j) => need(caseTypeIds.has(id), ['interventions', i, 'caseTypeIds', j], `no case type "${id}"`));
    iv.addOneOff.forEach((t, j) =>
      need(activityIds.has(t.activityId), ['interventions', i, 'addOneOff', j, 'activityId'], `no activity "${t.activityId}"`),
    );
    iv.addRecurring.forEach((t, j) =>
      need(activityIds.has(t.activityId), ['interventions', i, 'addRecurring', j, 'activityId'], `no activity "${t.activityId}"`),
    );
  });
}

/** All roles of a scenario with the team they belong to, in listed order. */
export function allRoles(s: Scenario) {
  return s.teams.flatMap((team) => team.roles.map((role) => ({ team, role })));
}

import type { Implementation } from '../implementation';
import type { Intervention } from '../intervention';
import type { Policy } from '../policy';
import type { Role } from '../role';
import type { Scenario } from '../scenario';
import { under, type Built, type SourceMap } from './builders';

export interface TeamSpec {
  id: string;
  name: string;
  sharedCaseload: boolean;
  roles: Built<Role>[];
}

export interface VariantSpec {
  id: string;
  name: string;
  description: string;
  /** The teams; absent, the parent's teams are kept unchanged. */
  teams?: TeamSpec[];
  policy?: Partial<Policy>;
  implementation?: Implementation;
  interventions?: Intervention[];
  /** Sources of the values the variant sets beyond its roles, by scenario path. */
  sources?: SourceMap;
}

/**
 * A preset as a variant of its parent: it may change only teams, policy, implementation and
 * interventions (DESIGN §4), so everything else is copied from the parent unchanged.
 */
export function variantOf(parent: Scenario, v: VariantSpec): Scenario {
  const keepTeams = v.teams === undefined;
  const inherited = Object.fromEntries(Object.entries(parent.sources).filter(([path]) => keepTeams || !path.startsWith('teams[')));
  const teamSources = (v.teams ?? []).flatMap((t, ti) => t.roles.map((r, ri) => under(`teams[${ti}].roles[${ri}].`, r.sources)));
  return {
    ...structuredClone(parent),
    id: v.id,
    name: v.name,
    parentId: parent.id,
    presetId: v.id,
    description: v.description,
    teams: v.teams
      ? v.teams.map((t) => ({ id: t.id, name: t.name, sharedCaseload: t.sharedCaseload, roles: t.roles.map((r) => r.value) }))
      : structuredClone(parent.teams),
    policy: { ...structuredClone(parent.policy), ...v.policy },
    implementation: v.implementation ?? structuredClone(parent.implementation),
    interventions: v.interventions ?? structuredClone(parent.interventions),
    sources: Object.assign({}, inherited, ...teamSources, v.sources ?? {}),
  };
}

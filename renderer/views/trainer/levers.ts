/**
 * The trainer's levers: a few big questions a room asks ("what if they had an administrator?"),
 * each read from and written to a scenario. Pure functions on a scratch copy of the scenario, so
 * the planner's own scenario changes only if the trainer keeps the result as a variant.
 */
import { produce } from 'immer';
import { QUALIFIED_CATEGORIES, type RoleCategory, type Scenario } from '../../../models/scenario';
import { formatNumber } from '../../format';
import { newRoleFor } from '../../document/actions';

export type LeverId = 'administrators' | 'familyPractitioners' | 'volunteers' | 'caseloadCap';

export interface Lever {
  id: LeverId;
  label: string;
  min: number;
  max: (scenario: Scenario) => number;
  step: number;
  read: (scenario: Scenario) => number;
  write: (scenario: Scenario, value: number) => Scenario;
  /** The value in words, for the room and for screen readers. */
  words: (value: number, scenario: Scenario) => string;
}

/** Where a category's lever acts: the last role of it (presets add the new kind of post last). */
function roleAt(scenario: Scenario, category: RoleCategory): { team: number; role: number } | null {
  for (let t = scenario.teams.length - 1; t >= 0; t--) {
    const roles = scenario.teams[t]!.roles;
    for (let r = roles.length - 1; r >= 0; r--) if (roles[r]!.category === category) return { team: t, role: r };
  }
  return null;
}

const postsOf = (scenario: Scenario, category: RoleCategory): number => {
  const at = roleAt(scenario, category);
  return at ? scenario.teams[at.team]!.roles[at.role]!.posts : 0;
};

/** Sets the posts of the category's role, adding one with sourced defaults to the first team if there is none. */
function withPosts(scenario: Scenario, category: RoleCategory, posts: number): Scenario {
  const at = roleAt(scenario, category);
  if (!at && posts === 0) return scenario;
  const added = at ? null : newRoleFor(scenario, category, posts);
  return produce(scenario, (draft) => {
    if (at) draft.teams[at.team]!.roles[at.role]!.posts = posts;
    else if (added) {
      const index = draft.teams[0]!.roles.length;
      draft.teams[0]!.roles.push(added.value);
      for (const [path, source] of Object.entries(added.sources)) draft.sources[`teams[0].roles[${index}].${path}`] = source;
    }
  });
}

export const socialWorkerPosts = (scenario: Scenario): number =>
  scenario.teams.flatMap((t) => t.roles).filter((r) => (QUALIFIED_CATEGORIES as readonly string[]).includes(r.category)).reduce((sum, r) => sum + r.posts, 0);

const posts = (n: number, one: string, many: string) => (n === 0 ? `No ${many}` : `${formatNumber(n)} ${n === 1 ? one : many}`);

function perSocialWorker(n: number, scenario: Scenario): string {
  const sw = socialWorkerPosts(scenario);
  if (n === 0 || sw === 0) return '';
  return ` — 1 for every ${formatNumber(Math.round((sw / n) * 10) / 10)} social workers`;
}

function postsLever(id: LeverId, label: string, category: RoleCategory, one: string, many: string, top: number): Lever {
  return {
    id,
    label,
    min: 0,
    max: (s) => Math.max(top, Math.ceil(postsOf(s, category) * 2)),
    step: 0.5,
    read: (s) => postsOf(s, category),
    write: (s, v) => withPosts(s, category, v),
    words: (v, s) => `${posts(v, one, many)}${category === 'administrator' ? perSocialWorker(v, s) : ''}`,
  };
}

export const LEVERS: Lever[] = [
  postsLever('administrators', 'Administrators', 'administrator', 'administrator post', 'administrator posts', 6),
  postsLever('familyPractitioners', 'Family practitioners', 'aq_practitioner', 'family practitioner post', 'family practitioner posts', 6),
  postsLever('volunteers', 'Volunteers and peer mentors', 'volunteer', 'volunteer (full-time equivalent)', 'volunteers (full-time equivalent)', 8),
  {
    id: 'caseloadCap',
    label: 'Caseload per worker',
    min: 8,
    max: () => 30,
    step: 1,
    read: (s) => s.policy.caseloadCap,
    write: (s, v) =>
      produce(s, (d) => {
        d.policy.caseloadCap = v;
      }),
    words: (v) => `Up to ${formatNumber(v)} children per worker`,
  },
];

/** Social workers hand their delegable admin to administrators, or keep it all. */
export const withDelegation = (scenario: Scenario, on: boolean): Scenario =>
  produce(scenario, (d) => {
    d.policy.delegation = on;
  });

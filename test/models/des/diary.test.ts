import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runReplication } from '../../../models/des/environment';
import { compileModel } from '../../../models/des/model';
import type { DiaryBlock, DiaryWeek } from '../../../models/des/diaryRecord';
import { KPI } from '../../../models/des/outcome';
import { DAY_START } from '../../../models/des/people';
import { presetScenario } from '../../../models/presets';
import { ScenarioSchema, type Role, type Scenario } from '../../../models/scenario';
import { ScenarioError } from '../../../models/scenarioError';
import { simulate } from '../../../models/simulate';

const EPS = 1e-6;
const PRESETS = ['traditional', 'skilled-admin', 'family-practitioners', 'rsw-unit', 'family-safeguarding', 'fgc'];

function diaryOf(s: Scenario, week: number, seed = 1, warmupWeeks = 6): DiaryWeek {
  expect(ScenarioSchema.safeParse(s).success).toBe(true);
  const o = runReplication(compileModel(s), { weeks: Math.max(1, week - warmupWeeks + 1), warmupWeeks, seed, diaryWeek: week }, 0);
  expect(o.diary).toBeDefined();
  return o.diary!;
}

/** Every role changed the same way. */
function everyRole(s: Scenario, change: (r: Role) => Role): Scenario {
  return { ...s, teams: s.teams.map((t) => ({ ...t, roles: t.roles.map(change) })) };
}

function byPersonDay(d: DiaryWeek): Map<string, DiaryBlock[]> {
  const out = new Map<string, DiaryBlock[]>();
  for (const b of d.blocks) {
    const key = `${b.person}:${b.day}`;
    if (!out.has(key)) out.set(key, []);
    out.get(key)!.push(b);
  }
  for (const list of out.values()) list.sort((x, y) => x.start - y.start);
  return out;
}

/** The invariants a planner relies on when reading any diary. */
function checkDiary(s: Scenario, d: DiaryWeek): void {
  const roles = new Map(s.teams.flatMap((t) => t.roles).map((r) => [r.id, r]));
  const weeklyOvertime = new Map<number, number>();
  for (const [key, list] of byPersonDay(d)) {
    const person = d.people[Number(key.split(':')[0])];
    const role = roles.get(person.roleId)!;
    const dayEnd = DAY_START + (person.fte * role.hoursPerFte) / 5;
    for (let i = 0; i < list.length; i++) {
      const b = list[i];
      expect(b.end).toBeGreaterThan(b.start);
      // Never in two places at once.
      if (i > 0) expect(b.start).toBeGreaterThanOrEqual(list[i - 1].end - EPS);
      // Inside working hours, unless overtime, which only follows the working day.
      expect(b.start).toBeGreaterThanOrEqual(DAY_START - EPS);
      if (b.overtime) expect(b.start).toBeGreaterThanOrEqual(dayEnd - EPS);
      else expect(b.end).toBeLessThanOrEqual(dayEnd + EPS);
      if (b.overtime) weeklyOvertime.set(b.person, (weeklyOvertime.get(b.person) ?? 0) + b.end - b.start);
    }
    // A day away is away: nothing else is in it.
    if (list.some((b) => b.kind === 'absence')) expect(list).toHaveLength(1);
  }
  for (const [p, hours] of weeklyOvertime) {
    const role = roles.get(d.people[p].roleId)!;
    expect(s.policy.overtime.allowed).toBe(true);
    expect(role.keyWorker.eligible).toBe(true);
    expect(hours).toBeLessThanOrEqual(s.policy.overtime.maxHoursPerWeek * d.people[p].fte + EPS);
  }
  // A joint visit is in two diaries at the same time.
  const joint = d.blocks.filter((b) => b.activity === 'joint_visit');
  for (const b of joint) {
    const other = joint.find((x) => x !== b && x.person !== b.person && x.day === b.day && x.family === b.family && Math.abs(x.start - b.start) < EPS && Math.abs(x.end - b.end) < EPS);
    expect(other).toBeDefined();
  }
  // Supervision takes the supervisor's time in the same slot.
  for (const b of d.blocks.filter((x) => x.activity === 'supervision')) {
    const partner = d.blocks.find((x) => x !== b && x.activity === 'supervision' && x.person !== b.person && x.day === b.day && Math.abs(x.start - b.start) < EPS);
    expect(partner).toBeDefined();
  }
}

describe('the diaries', () => {
  it.each(PRESETS)('of %s never double-book anyone, keep to working hours and put joint work in both diaries', (id) => {
    const s = presetScenario(id);
    for (const week of [7, 9]) checkDiary(s, diaryOf(s, week));
  });

  it('hold for any team size, travel, overtime policy, delegation and caseload (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PRESETS),
        fc.double({ min: 0.5, max: 2, noNaN: true }),
        fc.integer({ min: 0, max: 90 }),
        fc.boolean(),
        fc.integer({ min: 0, max: 8 }),
        fc.boolean(),
        fc.integer({ min: 8, max: 40 }),
        fc.integer({ min: 1, max: 1000 }),
        (id, postScale, travel, overtime, maxOvertime, delegation, cap, seed) => {
          const base = presetScenario(id);
          const s = everyRole(
            { ...base, policy: { ...base.policy, delegation, caseloadCap: cap, overtime: { allowed: overtime, maxHoursPerWeek: maxOvertime } } },
            (r) => ({ ...r, posts: Math.max(0.5, Math.round(r.posts * postScale * 2) / 2), asyePosts: 0, travelMinutesPerVisit: r.travelMinutesPerVisit > 0 ? travel : 0 }),
          );
          checkDiary(s, diaryOf(s, 4, seed, 2));
        },
      ),
      { numRuns: 30 },
    );
  });

  it('show a week of the team: everyone in post, fixed commitments, visits with travel either side', () => {
    const s = presetScenario('family-safeguarding');
    const d = diaryOf(s, 7);
    expect(d.week).toBe(7);
    expect(d.people.length).toBeGreaterThanOrEqual(10);
    expect(d.people.every((p) => p.fte > 0 && p.name && p.roleId)).toBe(true);
    const kinds = new Set(d.blocks.map((b) => b.kind));
    for (const k of ['direct', 'case_indirect', 'admin', 'travel', 'fixed']) expect(kinds).toContain(k);
    expect(d.blocks.some((b) => b.activity === 'team_meeting')).toBe(true);
    expect(d.blocks.some((b) => b.activity === 'group_case_discussion')).toBe(true);
    // Travel sits either side of a visit, for the same family.
    const visit = d.blocks.find((b) => b.activity === 'statutory_visit' || b.activity === 'cin_visit')!;
    const around = d.blocks.filter((b) => b.person === visit.person && b.day === visit.day && b.kind === 'travel' && b.family === visit.family);
    expect(around.some((b) => Math.abs(b.end - visit.start) < EPS)).toBe(true);
    expect(around.some((b) => Math.abs(b.start - visit.end) < EPS)).toBe(true);
    expect(d.labels[visit.activity]).toMatch(/visit/i);
  });

  it('batch each person’s case administration for the week, saying for how many families; visits stay one per family', () => {
    // The preset's team starts with no families: by week 30 each social worker holds several.
    const s = presetScenario('skilled-admin');
    const d = diaryOf(s, 30, 1, 29);
    const roleOf = new Map(s.teams.flatMap((t) => t.roles).map((r) => [r.id, r.category]));
    const admin = d.blocks.filter((b) => b.activity === 'case_admin');
    expect(admin.length).toBeGreaterThan(0);
    expect(admin.every((b) => b.family === null && b.families! >= 1)).toBe(true);
    expect(admin.some((b) => b.families! >= 2)).toBe(true);
    // The delegable share goes to the administrators, batched the same way.
    const byAdministrators = admin.filter((b) => roleOf.get(d.people[b.person].roleId) === 'administrator');
    expect(byAdministrators.length).toBeGreaterThan(0);
    // A social worker's case administration this week is a few sittings, not one per family.
    const social = d.people.findIndex((p) => roleOf.get(p.roleId) === 'qualified_sw');
    const own = admin.filter((b) => b.person === social);
    expect(own.length).toBeLessThan(own.reduce((n, b) => n + b.families!, 0) + 1);
    const visits = d.blocks.filter((b) => b.activity === 'statutory_visit' || b.activity === 'cin_visit');
    expect(visits.length).toBeGreaterThan(0);
    expect(visits.every((b) => b.family !== null && b.families === undefined)).toBe(true);
  });

  it('give administrators with time to spare the delegable share of every family’s case administration, all week', () => {
    // Three times the preset's administrators: they have time for all of it, so the social workers
    // keep only the tenth of case administration that is not delegable (the preset says 0.9).
    const s = presetScenario('skilled-admin');
    const roleOf = new Map(s.teams.flatMap((t) => t.roles).map((r) => [r.id, r.category]));
    const more = { ...s, teams: s.teams.map((t) => ({ ...t, roles: t.roles.map((r) => (r.category === 'administrator' ? { ...r, posts: r.posts * 3 } : r)) })) };
    const hours = { administrator: 0, social: 0 };
    for (const week of [7, 8, 9]) {
      const d = diaryOf(more, week);
      for (const b of d.blocks.filter((b) => b.activity === 'case_admin')) {
        const category = roleOf.get(d.people[b.person].roleId);
        if (category === 'administrator') hours.administrator += b.end - b.start;
        if (category === 'qualified_sw') hours.social += b.end - b.start;
      }
    }
    expect(hours.administrator).toBeGreaterThan(5);
    expect(hours.social / (hours.social + hours.administrator)).toBeLessThan(0.2);
  });

  it('hold the group case discussion for the whole unit at once', () => {
    const d = diaryOf(presetScenario('rsw-unit'), 7);
    const gcd = d.blocks.filter((b) => b.activity === 'group_case_discussion');
    const unit1 = new Set(d.people.flatMap((p, i) => (p.id.startsWith('unit_1/') ? [i] : [])));
    const starts = new Set(gcd.filter((b) => unit1.has(b.person)).map((b) => `${b.day}:${b.start}`));
    expect(gcd.filter((b) => unit1.has(b.person)).length).toBeGreaterThanOrEqual(3);
    expect(starts.size).toBe(1);
  });

  it('do statutory work first when the policy says so: more of it is on time in an overloaded team', () => {
    const base = presetScenario('traditional');
    const overloaded = (statutoryFirst: boolean): Scenario => ({
      ...base,
      policy: { ...base.policy, statutoryFirst, caseloadCap: 40, overtime: { allowed: false, maxHoursPerWeek: 0 } },
      caseTypes: base.caseTypes.map((c) => ({ ...c, referralsPerWeek: c.referralsPerWeek * 3, elastic: null })),
    });
    const onTime = (s: Scenario) => runReplication(compileModel(s), { weeks: 30, warmupWeeks: 20, seed: 4 }, 0).kpis[KPI.statutoryOnTimeShare];
    expect(onTime(overloaded(true))).toBeGreaterThan(onTime(overloaded(false)) + 0.05);
  });
});

describe('the diary in the result', () => {
  const small = { ...presetScenario('traditional'), run: { weeks: 4, warmupWeeks: 2, replications: 3, seed: 5 } };

  it('is the first week after the warm-up of replication 0 unless asked otherwise, and only that week', async () => {
    const r = await simulate(small, { engine: 'des' });
    const d = (r as unknown as { diary: DiaryWeek }).diary;
    expect(d.week).toBe(3);
    expect(d.replication).toBe(0);
    const other = (await simulate(small, { engine: 'des', des: { diaryWeek: 5, diaryReplication: 2 } })) as unknown as { diary: DiaryWeek };
    expect(other.diary.week).toBe(5);
    expect(other.diary.replication).toBe(2);
    expect(other.diary.blocks).not.toEqual(d.blocks);
  });

  it('refuses a week or replication the run does not have, naming the setting', async () => {
    await expect(simulate(small, { engine: 'des', des: { diaryWeek: 7 } })).rejects.toThrow(ScenarioError);
    await expect(simulate(small, { engine: 'des', des: { diaryReplication: 3 } })).rejects.toMatchObject({ path: 'run.diaryReplication' });
  });
});

import type { FixedCommitment } from '../role';
import type { Scenario } from '../scenario';
import { BLOCK_FIXED, DAYS, Diary } from './diary';
import type { BlockSink } from './diaryRecord';
import { DAY_START, type Staff } from './people';

/** Shared commitments have their usual day: the team meeting opens the week, supervision mid-week. */
const PREFERRED_DAY: Record<FixedCommitment['kind'], number> = { team_meeting: 0, group_case_discussion: 1, supervision: 2, other: 0 };
/** Meetings are arranged on the quarter hour. */
const STEP = 0.25;

/**
 * The standing week of fixed commitments (DESIGN §3.2: fixed commitments first): every
 * person's free time once team meetings and group case discussions (the whole team at once),
 * supervision (in the supervisor's diary at the same time) and other standing work are in.
 * It is built once per scenario; each simulated week starts from a copy of it.
 */
export interface FixedWeek {
  template: Diary;
  /** The fixed blocks, grouped by person (CSR: blocks of p are first[p] … first[p + 1] − 1). */
  first: Int32Array;
  day: Int32Array;
  start: Float64Array;
  end: Float64Array;
  label: Int32Array;
  /** The other person a block is held with (supervision), or -1: if they are away, it does not happen. */
  partner: Int32Array;
}

interface Placed {
  person: number;
  day: number;
  start: number;
  end: number;
  label: number;
  partner: number;
}

/** Collects the blocks the template diary tallies. */
class Collector implements BlockSink {
  readonly placed: Placed[] = [];
  block(person: number, day: number, start: number, end: number, label: number, _kind: number, partner: number): void {
    this.placed.push({ person, day, start, end, label, partner });
  }
}

export function buildFixedWeek(s: Scenario, staff: Staff, labelOf: (f: FixedCommitment) => number): FixedWeek {
  const P = staff.count;
  const week = new Diary(P);
  const collector = new Collector();
  week.recorder = collector;
  for (let p = 0; p < P; p++) {
    week.clear(p);
    for (let d = 0; d < DAYS; d++) week.openDay(p, d, DAY_START, DAY_START + staff.dayHours[p], staff.overtimeWeek[p]);
  }
  const commitments = (p: number) => staff.roles[staff.role[p]].role.fixed;

  // Whole-team commitments: one meeting, everyone who has it attending its first FTE share.
  s.teams.forEach((_, ti) => {
    for (const kind of ['team_meeting', 'group_case_discussion'] as const) {
      const who: number[] = [];
      const length: number[] = [];
      let label = -1;
      for (let p = 0; p < P; p++) {
        if (staff.team[p] !== ti) continue;
        const hours = commitments(p)
          .filter((f) => f.kind === kind)
          .reduce((sum, f) => sum + f.hoursPerWeek, 0);
        if (hours <= 0) continue;
        label = labelOf(commitments(p).find((f) => f.kind === kind)!);
        who.push(p);
        length.push(hours * staff.fte[p]);
      }
      if (who.length > 0) placeTogether(week, staff, who, length, PREFERRED_DAY[kind], label, -1);
    }
  });

  // Supervision: the supervisor's people share their supervisees, the least loaded for their hours first.
  const given = new Float64Array(P);
  for (let p = 0; p < P; p++) {
    for (const f of commitments(p)) {
      if (f.kind !== 'supervision' || f.hoursPerWeek <= 0) continue;
      const supervisorRole = supervisorRoleOf(staff, p, f.supervisorRoleId);
      const length = f.hoursPerWeek * staff.fte[p];
      const supervisors = supervisorRole >= 0 ? [...staff.roles[supervisorRole].people].filter((q) => q !== p) : [];
      supervisors.sort((x, y) => given[x] / staff.fte[x] - given[y] / staff.fte[y] || x - y);
      const q = supervisors.find((x) => placeTogether(week, staff, [p, x], [length, length], PREFERRED_DAY.supervision, labelOf(f), -1, true, false));
      if (q === undefined) placeTogether(week, staff, [p], [length], PREFERRED_DAY.supervision, labelOf(f), -1);
      else given[q] += length;
    }
  }

  // Other standing work (reception, post, rotas) a little each day.
  for (let p = 0; p < P; p++) {
    for (const f of commitments(p)) {
      if (f.kind !== 'other' || f.hoursPerWeek <= 0) continue;
      const daily = (f.hoursPerWeek * staff.fte[p]) / DAYS;
      let carry = 0;
      for (let d = 0; d < DAYS; d++) carry = week.fill(p, daily + carry, d * 24, false, BLOCK_FIXED, labelOf(f), -1, Infinity);
    }
  }

  week.recorder = null;
  const placed = collector.placed.sort((x, y) => x.person - y.person || x.day - y.day || x.start - y.start);
  const first = new Int32Array(P + 1);
  for (const b of placed) first[b.person + 1]++;
  for (let p = 0; p < P; p++) first[p + 1] += first[p];
  return {
    template: week,
    first,
    day: Int32Array.from(placed.map((b) => b.day)),
    start: Float64Array.from(placed.map((b) => b.start)),
    end: Float64Array.from(placed.map((b) => b.end)),
    label: Int32Array.from(placed.map((b) => b.label)),
    partner: Int32Array.from(placed.map((b) => b.partner)),
  };
}

function supervisorRoleOf(staff: Staff, p: number, roleId: string | null): number {
  if (!roleId) return -1;
  const own = staff.roles.findIndex((r) => r.id === roleId && r.teamIndex === staff.team[p]);
  return own >= 0 ? own : staff.roles.findIndex((r) => r.id === roleId);
}

/**
 * Puts one commitment into several diaries at the same moment: the earliest quarter hour, from
 * its usual day on, at which everyone is free for their share (capped at their working day).
 * Whatever finds no common time is placed in each diary alone (if `alone`), so it still takes its hours.
 */
function placeTogether(week: Diary, staff: Staff, who: number[], length: number[], fromDay: number, label: number, partner: number, paired = false, alone = true): boolean {
  const share = who.map((p, i) => Math.min(length[i], staff.dayHours[p]));
  const latest = Math.max(...who.map((p) => staff.dayHours[p]));
  for (let k = 0; k < DAYS; k++) {
    const d = (fromDay + k) % DAYS;
    for (let t = DAY_START; t + STEP <= DAY_START + latest + 1e-9; t += STEP) {
      if (!who.every((p, i) => share[i] <= 0 || week.isFree(p, d, t, t + share[i]))) continue;
      who.forEach((p, i) => {
        if (share[i] <= 0) return;
        week.occupy(p, d, t, t + share[i]);
        week.tally(p, d, t, t + share[i], BLOCK_FIXED, label, paired ? who[1 - i] : partner, Infinity, false);
      });
      who.forEach((p, i) => {
        if (length[i] > share[i]) week.fill(p, length[i] - share[i], 0, false, BLOCK_FIXED, label, -1, Infinity);
      });
      return true;
    }
  }
  if (alone) who.forEach((p, i) => week.fill(p, length[i], 0, false, BLOCK_FIXED, label, -1, Infinity));
  return false;
}

import type { DesModel, TaskModel } from './model';

/**
 * What the week planner reads about activities and tasks, worked out from the model. None of it
 * depends on the replication, so it is made once per model and shared (read only) by every
 * replication a worker runs, not rebuilt for each.
 */
export interface ScheduleTables {
  /** Standard hours of one session of each activity with its follow-ups (elastic work). */
  readonly sessionHoursOf: Float64Array;
  /** A session's follow-ups in a role's own hours: [role × activities + activity]. */
  readonly followUpHoursOf: Float64Array;
  /** Per task: whether its occurrences are paperwork batched per person and week (isPaperwork). */
  readonly batched: Uint8Array;
  /** Per batched task: the first task whose paperwork is the same (activity, follow-ups, priority), whose batch it joins. */
  readonly paperwork: Int32Array;
  /** Per task: done once per child; recurring but not statutory (superseded when not started in time); its cycle in whole weeks (0: in working days, -1: one-off). */
  readonly perChild: Uint8Array;
  readonly supersedable: Uint8Array;
  readonly cycleWeeks: Float64Array;
  /** Per task: an occurrence's standard hours. */
  readonly taskHours: Float64Array;
  /**
   * Every part of a task's occurrence that support may take a share of (the main activity if one
   * person does it, and any follow-up, whose activity has a delegable share), listed per task from
   * handFirst[task] to handFirst[task + 1]: the part's bit (1 main, 2 << k follow-up k), its
   * activity and the standard hours of its share. Batched paperwork has at most one (isPaperwork).
   */
  readonly handFirst: Int32Array;
  readonly handBit: Int32Array;
  readonly handActivity: Int32Array;
  readonly handHours: Float64Array;
}

const made = new WeakMap<DesModel, ScheduleTables>();

/** The model's tables, made on first use. */
export function scheduleTables(model: DesModel): ScheduleTables {
  let tables = made.get(model);
  if (!tables) made.set(model, (tables = makeTables(model)));
  return tables;
}

function makeTables(model: DesModel): ScheduleTables {
  const { activities, tasks } = model;
  const A = activities.length;
  const sessionHoursOf = Float64Array.from(activities, (act) => withFollowUps(act.hours, act.followUps, model));
  const roles = model.staff.roles.length;
  const followUpHoursOf = new Float64Array(roles * A);
  for (let r = 0; r < roles; r++) {
    activities.forEach((act, a) => {
      let own = 0;
      for (const fu of act.followUps) own += (fu.times * activities[fu.activity].hours) / roleEfficiency(model, r, fu.activity);
      followUpHoursOf[r * A + a] = own;
    });
  }
  const batched = Uint8Array.from(tasks, (task) => (isPaperwork(task, model) ? 1 : 0));
  const { handFirst, handBit, handActivity, handHours } = handOverParts(model);
  // Every key written out, not spread: a spread gave each model's tables an object of a new shape,
  // and the planner's code, compiled for the last one, was thrown away and compiled again at the
  // start of every run.
  return {
    handFirst,
    handBit,
    handActivity,
    handHours,
    sessionHoursOf,
    followUpHoursOf,
    batched,
    paperwork: Int32Array.from(tasks, (task, t) => (batched[t] === 0 ? t : tasks.findIndex((other, u) => batched[u] !== 0 && samePaperwork(task, other)))),
    perChild: Uint8Array.from(tasks, (task) => (task.perChild ? 1 : 0)),
    supersedable: Uint8Array.from(tasks, (task) => (task.recurring && !task.statutory ? 1 : 0)),
    cycleWeeks: Float64Array.from(tasks, (task) => (!task.recurring ? -1 : task.workingDays % 5 === 0 ? task.workingDays / 5 : 0)),
    taskHours: Float64Array.from(tasks, (task) => withFollowUps(activities[task.activity].hours, task.followUps, model)),
  };
}

/** Standard hours of a piece of work of `hours` with its follow-ups (an activity's own, or a task's with its companions). */
function withFollowUps(hours: number, followUps: TaskModel['followUps'], model: DesModel): number {
  let h = hours;
  for (const fu of followUps) h += fu.times * model.activities[fu.activity].hours;
  return h;
}

/** The delegable parts of each task's occurrences, in the order they are handed over. */
function handOverParts(model: DesModel): Pick<ScheduleTables, 'handFirst' | 'handBit' | 'handActivity' | 'handHours'> {
  const { activities, tasks } = model;
  const first = [0];
  const bit: number[] = [];
  const activity: number[] = [];
  const hours: number[] = [];
  for (const task of tasks) {
    const main = activities[task.activity];
    const parts = [{ bit: 1, a: task.activity, hours: main.hours, may: main.performers === 1 }];
    task.followUps.forEach((fu, k) => parts.push({ bit: 1 << (k + 1), a: fu.activity, hours: fu.times * activities[fu.activity].hours, may: true }));
    for (const part of parts) {
      const share = activities[part.a].delegableShare;
      if (!part.may || share <= 0) continue;
      bit.push(part.bit);
      activity.push(part.a);
      hours.push(part.hours * share);
    }
    first.push(bit.length);
  }
  return { handFirst: Int32Array.from(first), handBit: Int32Array.from(bit), handActivity: Int32Array.from(activity), handHours: Float64Array.from(hours) };
}

/**
 * Recurring desk work that is not statutory and has at most one delegable part (case
 * administration with its case planning) is batched: each person's occurrences of it in a week,
 * whatever the case type (see samePaperwork), are one piece of work, its hours the sum. Visits,
 * meetings, statutory work and work done per child keep one item per occurrence, because when and
 * for whom they happen is what is measured.
 */
function isPaperwork(task: TaskModel, model: DesModel): boolean {
  const acts = [task.activity, ...task.followUps.map((fu) => fu.activity)].map((a) => model.activities[a]);
  return task.recurring && !task.statutory && !task.perChild && acts.every((act) => !act.whole && act.performers === 1) && acts.filter((act) => act.delegableShare > 0).length <= 1;
}

/** Whether two tasks' occurrences are the same paperwork: one activity, the same follow-ups, the same priority. */
function samePaperwork(a: TaskModel, b: TaskModel): boolean {
  const sameFollowUps = a.followUps.length === b.followUps.length && a.followUps.every((fu, k) => fu.activity === b.followUps[k].activity && fu.times === b.followUps[k].times);
  return a.activity === b.activity && a.priority === b.priority && sameFollowUps;
}

/** Work per hour against the standard for role r; a role doing work it does not list does it at standard pace. */
export function roleEfficiency(model: DesModel, r: number, a: number): number {
  const e = model.staff.efficiency[r * model.activities.length + a];
  return e > 0 ? e : 1;
}

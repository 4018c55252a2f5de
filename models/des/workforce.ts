import type { RandomStream } from '../random/randomStream';
import { HOURS_PER_WEEK } from './calendar';
import type { Caseload } from './caseload';
import type { DesModel } from './model';

export const VACANT = 0;
export const EMPLOYED = 1;
export const AGENCY = 2;
const HOURS_PER_YEAR = 52 * HOURS_PER_WEEK;

/** What the workforce needs from the rest of the replication. */
export interface WorkforceHost {
  /** Schedules a workforce event: kind, post, and the serial that keeps it valid. */
  schedule(time: number, kind: 'leave' | 'hire' | 'agency', post: number, serial: number): void;
  /** Before a holder's caseload changes. */
  touchHolder(h: number, now: number): void;
  /** A holder has room again: families waiting may be allocated. */
  serveWaiting(h: number, now: number): void;
}

/**
 * People over time (DESIGN §3.2): leavers at the role's turnover rate (raised by the
 * implementation's uplift for its months, as the seed warns), vacancies filled after the
 * recruitment lag, agency cover after a short lag where the role has it, and the families of a
 * key worker who leaves reallocated, each change counted. A post keeps its index; the person in
 * it changes, and `generation` tells one person in a post from the next.
 */
export class Workforce {
  readonly inPost: Uint8Array;
  readonly generation: Int32Array;
  /** Bumped when a post falls vacant, so a hire or agency start for an earlier vacancy is ignored. */
  private readonly vacancy: Int32Array;
  leavers = 0;

  constructor(
    private readonly model: DesModel,
    private readonly caseload: Caseload,
    private readonly host: WorkforceHost,
    /** The uplift applies from the end of the warm-up, when the new model starts being measured. */
    private readonly upliftFrom: number,
  ) {
    const P = model.staff.count;
    this.inPost = new Uint8Array(P);
    this.generation = new Int32Array(P);
    this.vacancy = new Int32Array(P);
  }

  /** Fills the posts at the start: each vacant with the role's vacancy rate, covered by agency where it has that. */
  start(rng: RandomStream): void {
    const staff = this.model.staff;
    for (let p = 0; p < staff.count; p++) {
      const w = staff.roles[staff.role[p]].role.workforce;
      if (w.vacancyShare > 0 && rng.uniform() < w.vacancyShare) {
        this.inPost[p] = w.agencyCover ? AGENCY : VACANT;
        // A vacancy open at the start is part-way through its recruitment.
        this.host.schedule(rng.uniform() * w.recruitmentLagWeeks * HOURS_PER_WEEK, 'hire', p, this.vacancy[p]);
      } else {
        this.inPost[p] = EMPLOYED;
        this.scheduleLeave(p, 0, rng);
      }
      if (this.inPost[p] === VACANT) this.setCapacity(p, false, 0);
    }
  }

  /** A turnover candidate at the highest rate the run reaches; `leave` keeps it with the rate at its time (thinning). */
  private scheduleLeave(p: number, now: number, rng: RandomStream): void {
    const peak = this.rate(p, -1);
    if (peak <= 0) return;
    this.host.schedule(now - (HOURS_PER_YEAR / peak) * Math.log(rng.uniformPositive()), 'leave', p, this.generation[p]);
  }

  /** Leavers per year of a post's role at time t; t < 0 asks for the peak. */
  private rate(p: number, t: number): number {
    const staff = this.model.staff;
    const base = staff.roles[staff.role[p]].role.workforce.turnoverPerYear;
    const im = this.model.implementation;
    const uplifted = t < 0 || (t >= this.upliftFrom && t < this.upliftFrom + im.upliftWeeks * HOURS_PER_WEEK);
    return base + (uplifted ? im.turnoverUplift : 0);
  }

  leave(p: number, serial: number, now: number, rng: RandomStream): void {
    if (serial !== this.generation[p] || this.inPost[p] !== EMPLOYED) return;
    if (rng.uniform() * this.rate(p, -1) >= this.rate(p, now)) {
      this.scheduleLeave(p, now, rng);
      return;
    }
    this.leavers++;
    this.inPost[p] = VACANT;
    this.generation[p]++;
    this.vacancy[p]++;
    this.setCapacity(p, false, now);
    this.reallocate(p, now);
    const w = this.model.staff.roles[this.model.staff.role[p]].role.workforce;
    this.host.schedule(now + w.recruitmentLagWeeks * HOURS_PER_WEEK, 'hire', p, this.vacancy[p]);
    if (w.agencyCover && this.model.agencyLagWeeks < w.recruitmentLagWeeks) {
      this.host.schedule(now + this.model.agencyLagWeeks * HOURS_PER_WEEK, 'agency', p, this.vacancy[p]);
    }
  }

  agencyStarts(p: number, serial: number, now: number): void {
    if (serial !== this.vacancy[p] || this.inPost[p] !== VACANT) return;
    this.inPost[p] = AGENCY;
    this.generation[p]++;
    this.setCapacity(p, true, now);
  }

  /** The recruit starts; an agency worker in the post hands the families over (a change for each). */
  hired(p: number, serial: number, now: number, rng: RandomStream): void {
    if (serial !== this.vacancy[p] || this.inPost[p] === EMPLOYED) return;
    if (this.inPost[p] === AGENCY) this.countChange(p);
    const wasVacant = this.inPost[p] === VACANT;
    this.inPost[p] = EMPLOYED;
    this.generation[p]++;
    if (wasVacant) this.setCapacity(p, true, now);
    this.scheduleLeave(p, now, rng);
  }

  /** The post's caseload room is there while someone is in it. */
  private setCapacity(p: number, filled: boolean, now: number): void {
    const staff = this.model.staff;
    const h = staff.holder[p] >= 0 ? staff.holder[p] : staff.unit[p];
    const room = staff.caseloadCapacity[p];
    if (h < 0 || room <= 0) return;
    this.host.touchHolder(h, now);
    const c = this.caseload.capacity;
    c[h] = Math.max(0, c[h] + (filled ? room : -room));
    if (filled) this.host.serveWaiting(h, now);
  }

  /** A key worker's families go to colleagues with room; in a unit they stay, one familiar face fewer. */
  private reallocate(p: number, now: number): void {
    const staff = this.model.staff;
    const c = this.caseload;
    const h = staff.holder[p];
    if (h < 0) {
      this.countChange(p);
      return;
    }
    let f = c.firstFamily[h];
    while (f >= 0) {
      const next = c.nextFamily[f];
      const to = c.reallocationTarget(f, h);
      if (to >= 0) {
        this.host.touchHolder(h, now);
        this.host.touchHolder(to, now);
        c.unassign(f, c.weight[f]);
        c.assign(f, to);
        c.keyWorkerChanges[f]++;
      }
      f = next;
    }
  }

  /** Each of the post's families loses a familiar worker: a whole change, or 1/k of one in a unit of k practitioners. */
  private countChange(p: number): void {
    const staff = this.model.staff;
    const c = this.caseload;
    const own = staff.holder[p];
    const h = own >= 0 ? own : staff.unit[p];
    if (h < 0) return;
    if (own < 0 && (!staff.practitioner[p] || staff.unitPractitioners[h] <= 0)) return;
    const change = own >= 0 ? 1 : 1 / staff.unitPractitioners[h];
    for (let f = c.firstFamily[h]; f >= 0; f = c.nextFamily[f]) c.keyWorkerChanges[f] += change;
  }
}

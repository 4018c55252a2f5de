import { HOURS_PER_WEEK } from './calendar';

/**
 * The measured window of due dates, and the task occurrences falling due in it, counted as the
 * scheduler releases them: by week of their due date and task, and (for the travel their visits
 * bring) the times by task and case holder. Two array increments per occurrence; the statistics
 * turn them into tasks and hours due at the end of the replication (an occurrence's companions
 * count with it there). The scheduler counts statutory work done on time by the same window.
 */
export class DueTally {
  /** Occurrences by week of the window and task: calls[week × tasks + task]. */
  readonly calls: Float64Array;
  /** Occurrences times children where the task is per child, by task and holder: times[task × holders + holder]. */
  readonly times: Float64Array;

  constructor(
    readonly tasks: number,
    readonly holders: number,
    private readonly windowStart: number,
    private readonly windowEnd: number,
  ) {
    this.calls = new Float64Array(Math.max(0, Math.round((windowEnd - windowStart) / HOURS_PER_WEEK)) * tasks);
    this.times = new Float64Array(tasks * holders);
  }

  /** Whether work due at `due` (hours from the start of the run) falls due in the measured window. */
  inWindow(due: number): boolean {
    return due >= this.windowStart && due < this.windowEnd;
  }

  /** An occurrence of task `task` for a family of holder `holder`, `times` over, due at `due`. */
  count(task: number, holder: number, times: number, due: number): void {
    if (!this.inWindow(due)) return;
    this.calls[Math.floor((due - this.windowStart) / HOURS_PER_WEEK) * this.tasks + task]++;
    this.times[task * this.holders + holder] += times;
  }
}

// The week planner's fixed quantities. This module imports nothing at run time, so both bundlers
// (esbuild for worker threads, Rolldown for the app) fold the constants into the code that uses
// them; declared in schedule.ts, which imports, they stayed variables, each use in the planner's
// loops a load from the module's context and a type check.

/** Due-date buckets: overdue, each calendar day of this week and next, then later or undated. */
export const BUCKETS = 16;
/** Buckets 1–7 are the days of this week (Monday to Sunday); 0 is overdue. */
export const LAST_DAY_THIS_WEEK = 7;
/** Work is released into the week's diaries up to a week before it falls due, so it can be done on time: two weeks of hours. */
export const LOOKAHEAD_HOURS = 2 * 7 * 24;
/** A session is shortened to fit the time left, down to half its contact time and no further. */
export const MIN_SESSION = 0.5;

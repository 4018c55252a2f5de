import { setFlagsFromString } from 'node:v8';

/**
 * V8 flags for the threads that run replications. The week planner's hot functions (work, the
 * support pass, elastic sessions) call the diary's fill and takeWhole, which are larger than V8's
 * default inlining budget (460 bytes of bytecode per callee, 920 per caller). Left as calls, every
 * fractional argument and result is boxed and every typed array is reloaded after the call. With a
 * larger budget those calls are inlined: in paired steady-state comparisons (both variants at
 * once, one per core, swapped between rounds) a replication of bench/standard.json took 11–14 %
 * less CPU; budgets of 2000 and 3000 bytes measured no better. Flags change only how the code is
 * compiled, never what it computes.
 */
export const SIMULATION_JS_FLAGS = ['--max-inlined-bytecode-size=1500', '--max-inlined-bytecode-size-cumulative=3000'] as const;

/**
 * Applies the flags to this process. V8's flags are per process and read when a function is
 * optimised, so a worker thread calls this before it runs its first replication.
 */
export function applySimulationJsFlags(): void {
  for (const flag of SIMULATION_JS_FLAGS) setFlagsFromString(flag);
}

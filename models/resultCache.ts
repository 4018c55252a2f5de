import { z } from 'zod';
import { canonicalJson } from './canonicalJson';
import { ResultSchema } from './result';
import type { RunSettings } from './runSettings';
import type { Scenario } from './scenario';
import { sha256Hex } from './sha256';

export const EngineSchema = z.enum(['capacity', 'des']);
export type Engine = z.infer<typeof EngineSchema>;

/**
 * A result saved with the project so that reopening it shows the last run at once. The key says
 * what produced it: a result is only reused for exactly the same scenario, engine and settings.
 */
export const CachedResultSchema = z.object({
  key: z.string().regex(/^[0-9a-f]{64}$/, 'a result key is a SHA-256 in hex'),
  scenarioId: z.string(),
  engine: EngineSchema,
  result: ResultSchema,
  /** ISO 8601 time of the run. */
  created: z.string(),
});
export type CachedResult = z.infer<typeof CachedResultSchema>;

/** SHA-256 of the canonical JSON of what determines a result. */
export function resultKey(scenario: Scenario, engine: Engine, run: RunSettings = scenario.run): string {
  return sha256Hex(canonicalJson({ scenario, engine, run }));
}

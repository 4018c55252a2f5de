// Fingerprints of the simulation's results, for checking that a change meant only to make the
// engine faster leaves every result bit for bit as it was (docs/performance.md):
//   npx tsx scripts/outcome-hash.ts > before.txt   (make the change)
//   npx tsx scripts/outcome-hash.ts | diff before.txt -
// One line per scenario (the standard workload, then each preset): a hash over twelve
// replications of a shortened run, every field of each outcome (typed arrays byte for byte, the
// recorded diary week as JSON).
import { createHash } from 'node:crypto';
import { runReplication } from '../models/des/environment';
import { compileModel } from '../models/des/model';
import type { ReplicationOutcome } from '../models/des/outcome';
import { PRESETS, presetScenario } from '../models/presets/index';
import type { Scenario } from '../models/scenario';
import { standardScenario } from '../bench/standard';

const REPLICATIONS = 12;
/** Short enough to run in seconds, long enough for leavers, reallocations and step-downs to happen. */
const SETTINGS = { weeks: 30, warmupWeeks: 6, diaryWeek: 9, diaryReplication: 2 };

function outcomeBytes(outcome: ReplicationOutcome): (Uint8Array | string)[] {
  return Object.keys(outcome)
    .sort()
    .map((key) => {
      const value = outcome[key as keyof ReplicationOutcome];
      if (ArrayBuffer.isView(value)) return new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
      return `${key}=${JSON.stringify(value)}`;
    });
}

function fingerprint(scenario: Scenario): string {
  const model = compileModel(scenario);
  const hash = createHash('sha256');
  for (let r = 0; r < REPLICATIONS; r++) {
    for (const part of outcomeBytes(runReplication(model, { ...SETTINGS, seed: scenario.run.seed }, r))) hash.update(part);
  }
  return hash.digest('hex').slice(0, 16);
}

const scenarios: [string, Scenario][] = [['standard', standardScenario()], ...PRESETS.map((p): [string, Scenario] => [p.id, presetScenario(p.id)])];
for (const [name, scenario] of scenarios) console.log(`${name.padEnd(24)} ${fingerprint(scenario)}`);

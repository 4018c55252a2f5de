import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HOURS_KEYS, ResultSchema, SHARE_KEYS } from '../../models/result';

/** The key lists of DESIGN §8, written out again so a change to the schema is a deliberate one. */
const TEAM_KEYS = [
  'familiesOpen', 'childrenOpen', 'capacityChildren', 'overload', 'waitForAllocationWeeks', 'probabilityOfWait',
  'statutoryOnTimeShare', 'directHoursPerFamilyPerWeek', 'visitsPerFamilyPerMonth', 'keyWorkerChangesPerFamily', 'unmetHoursPerWeek',
];
const MONEY_KEYS = ['staffCostPerYear', 'nonStaffCostPerYear', 'costPerFamily', 'costPerDirectHour', 'cashableSavingsPerYear', 'releasedFte', 'paybackMonths', 'npv'];

const golden = (engine: string) => JSON.parse(readFileSync(`test/fixtures/result.${engine}.golden.json`, 'utf8'));

describe('the result JSON contract (DESIGN §8)', () => {
  it.each(['capacity', 'des'])('the %s golden fixture has exactly the contract’s keys', (engine) => {
    const g = golden(engine);
    expect(ResultSchema.safeParse(g).success).toBe(true);
    expect(Object.keys(g.team)).toEqual(TEAM_KEYS);
    expect(Object.keys(g.money)).toEqual(MONEY_KEYS);
    expect(Object.keys(g.roles[0].hoursPerWeek)).toEqual([...HOURS_KEYS]);
    expect(Object.keys(g.roles[0].shares)).toEqual([...SHARE_KEYS]);
    expect(Object.keys(g.run)).toEqual(['seed', 'runs', 'weeks', 'warmupWeeks', 'events', 'elapsedMs', 'appVersion']);
  });

  it('stochastic figures carry mean, ci95 and percentiles across replications', () => {
    expect(Object.keys(golden('des').team.familiesOpen)).toEqual(['mean', 'ci95', 'p10', 'p50', 'p90']);
  });

  it('rejects a result whose team figures are missing', () => {
    const g = golden('capacity');
    delete g.team.capacityChildren;
    expect(ResultSchema.safeParse(g).success).toBe(false);
  });
});

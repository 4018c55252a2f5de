// One capacity-model evaluation, capacity search included, for a scenario of 50 posts and
// 8 case types, through the same simulate() the app and CLI call. Target: median ≤ 0.1 ms.
// Then a 100-point sweep of the same scenario through models/analyses, as the app's sweep view runs it.
import { median, report, timeRuns } from './measure';
import { range, sweep } from '../models/analyses/index';
import { presetScenario } from '../models/presets/index';
import type { Scenario } from '../models/scenario';
import { simulate } from '../models/simulate';

/** Two Family Safeguarding-sized teams and a unit, 50 posts, with the three case types split into eight. */
function fiftyPostScenario(): Scenario {
  const s = presetScenario('family-safeguarding');
  const unit = presetScenario('rsw-unit').teams[0];
  const second = structuredClone(s.teams[0]);
  second.id = 'second_team';
  s.teams.push(second, unit);
  const posts = s.teams.flatMap((t) => t.roles).reduce((sum, r) => sum + r.posts, 0);
  s.teams[0].roles[0].posts += 50 - posts;
  const base = structuredClone(s.caseTypes);
  s.caseTypes = [];
  for (let k = 0; k < 8; k++) {
    const c = structuredClone(base[k % 3]);
    if (k >= 3) {
      c.id = `${c.id}_${k}`;
      c.closure = [];
    }
    c.referralsPerWeek *= 1.2;
    s.caseTypes.push(c);
  }
  s.interventions = [];
  return s;
}

const scenario = fiftyPostScenario();
const postCount = scenario.teams.flatMap((t) => t.roles).reduce((sum, r) => sum + r.posts, 0);
if (Math.abs(postCount - 50) > 1e-9 || scenario.caseTypes.length !== 8) throw new Error('the benchmark scenario must have 50 posts and 8 case types');

const evaluate = () => void simulate(scenario, { engine: 'capacity' });
for (let i = 0; i < 2000; i++) evaluate();
const batch = 100;
const times = timeRuns(() => {
  for (let i = 0; i < batch; i++) evaluate();
}, 30, 2000).map((t) => t / batch);
const sorted = [...times].sort((a, b) => a - b);
report('capacity.evaluate', 'median', median(times), 'ms');
report('capacity.evaluate', 'p95', sorted[Math.floor(sorted.length * 0.95)], 'ms');

// The sweep changes one number per point (a copy of the scenario each time, checked against the
// schema, then evaluated): the whole 100 points, in ms.
const sweepPoints = () =>
  void sweep(scenario, [{ path: 'teams[0].roles[0].posts', values: range(1, 40, 100) }], ['team.capacityChildren', 'team.waitForAllocationWeeks', 'roles[social_worker].shares.direct']);
for (let i = 0; i < 5; i++) sweepPoints();
const sweepTimes = timeRuns(sweepPoints, 15, 1500);
report('capacity.sweep100', 'median', median(sweepTimes), 'ms');

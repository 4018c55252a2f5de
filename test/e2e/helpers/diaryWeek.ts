/**
 * Prints each person's diary for a week of a preset as the simulation records it:
 * `tsx diaryWeek.ts PRESET WEEK REPLICATION` → [{name, blocks, hours}]. The run is the diary
 * view's: the scenario's seed, 26 weeks of warm-up, 4 weeks after, as many replications as the
 * chosen one needs. Determinism by seed makes the page's figures and these the same.
 */
import { presetScenario } from '../../../models/presets';
import { simulate } from '../../../models/simulate';

const [presetId = '', week = '', replication = ''] = process.argv.slice(2);
const scenario = presetScenario(presetId);
const r = Number(replication);
const result = await simulate(scenario, {
  engine: 'des',
  des: { runs: r, seed: scenario.run.seed, warmupWeeks: 26, weeks: 4, diaryWeek: Number(week), diaryReplication: r - 1 },
});
const diary = (result as unknown as { diary: { people: { name: string }[]; blocks: { person: number; start: number; end: number }[] } }).diary;
const people = diary.people.map((p, i) => {
  const blocks = diary.blocks.filter((b) => b.person === i);
  return { name: p.name, blocks: blocks.length, hours: blocks.reduce((sum, b) => sum + (b.end - b.start), 0) };
});
process.stdout.write(JSON.stringify(people));

/**
 * Prints the capacity model's social-worker direct share for a preset with one role's posts
 * changed: `tsx directShare.ts PRESET ROLE POSTS`. Run in its own process because the models'
 * import of package.json needs a loader Playwright's does not provide.
 */
import { presetScenario } from '../../../models/presets';
import { simulate } from '../../../models/simulate';
import { socialWorkerDirectShare } from '../../../renderer/engine/kpis';

const [presetId = '', roleId = '', posts = ''] = process.argv.slice(2);
const scenario = presetScenario(presetId);
const role = scenario.teams.flatMap((t) => t.roles).find((r) => r.id === roleId);
if (!role) throw new Error(`no role ${roleId} in ${presetId}`);
role.posts = Number(posts);
const parent = scenario.parentId ? presetScenario(scenario.parentId) : null;
process.stdout.write(JSON.stringify(socialWorkerDirectShare(simulate(scenario, { engine: 'capacity', compareTo: parent }))));

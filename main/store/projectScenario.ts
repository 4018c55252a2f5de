import type { Scenario } from '../../models/scenario';
import { openProjectFile } from './projectFile';
import { StoreError } from './storeError';

/**
 * One scenario of a project file, for running headless: by id or name, else the project's
 * current scenario; with its parent when the project holds it, to count savings against.
 */
export async function readProjectScenario(path: string, wanted?: string): Promise<{ scenario: Scenario; parent: Scenario | null }> {
  const { project } = await openProjectFile(path);
  const key = wanted ?? project.currentScenarioId;
  const scenario = project.scenarios.find((s) => s.id === key) ?? project.scenarios.find((s) => s.name === key);
  if (!scenario) {
    throw new StoreError('not_found', `no scenario "${key}" in this project; it holds ${project.scenarios.map((s) => `${s.id} (${s.name})`).join(', ')}`, 'scenario');
  }
  return { scenario, parent: project.scenarios.find((s) => s.id === scenario.parentId) ?? null };
}

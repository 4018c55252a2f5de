/**
 * The evidence library as the renderer sees it: the models' presets behind one small module.
 */
import { PRESETS, findPreset, type Preset } from '../../models/presets';
import type { Scenario } from '../../models/scenario';

export type { Preset };

export const LIBRARY: readonly Preset[] = PRESETS;

export function defaultPresetScenario(id: string): Scenario | null {
  return findPreset(id)?.scenario() ?? null;
}

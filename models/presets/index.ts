import type { Scenario } from '../scenario';
import { SEED_SUMMARY } from './citations';
import { familyPractitionersPreset } from './familyPractitioners';
import { familySafeguardingPreset } from './familySafeguarding';
import { fgcPreset } from './fgc';
import type { Preset } from './preset';
import { rswUnitPreset } from './rswUnit';
import { skilledAdminPreset } from './skilledAdmin';
import { TRADITIONAL_ID, traditionalScenario } from './traditional';

export type { Preset, PresetInput, PresetOutput } from './preset';

export const traditionalPreset: Preset = {
  id: TRADITIONAL_ID,
  name: 'Traditional team',
  summary: 'Six social workers (one newly qualified), a team manager and a part-time administrator: the parent of the other presets.',
  citations: [SEED_SUMMARY],
  inputs: [],
  outputs: [],
  notes: ['The England defaults with their sources; demand and activity timings are stated assumptions chosen inside their ranges (docs/calibration.md).'],
  scenario: traditionalScenario,
};

/** The evidence presets of DESIGN §4, in the order the app lists them. */
export const PRESETS: readonly Preset[] = [traditionalPreset, skilledAdminPreset, familyPractitionersPreset, rswUnitPreset, familySafeguardingPreset, fgcPreset];

export const PRESET_IDS = PRESETS.map((p) => p.id);

export function findPreset(id: string): Preset | undefined {
  return PRESETS.find((p) => p.id === id);
}

/** A fresh copy of a preset's scenario; throws for an unknown id (callers check with findPreset). */
export function presetScenario(id: string): Scenario {
  const p = findPreset(id);
  if (!p) throw new Error(`no preset "${id}"; the presets are ${PRESET_IDS.join(', ')}`);
  return p.scenario();
}

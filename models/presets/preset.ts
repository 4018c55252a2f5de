import type { Scenario } from '../scenario';
import type { Source } from '../source';

/** A figure taken from the evidence and put into the scenario. */
export interface PresetInput {
  label: string;
  value: number | string;
  unit: string;
  /** Where in the scenario it goes, e.g. `teams[0].roles[3].posts`. */
  path?: string;
  source: Source;
}

/**
 * A figure the model computes. `target` is what the evidence reports, where it reports one;
 * `tolerance` is how close the test requires the model to come (absent: shown, not checked).
 */
export interface PresetOutput {
  id: string;
  label: string;
  unit: string;
  target?: number;
  tolerance?: number;
  /** A range the figure must fall in, where the evidence gives a range (visits ×2.7–3.3). */
  range?: [number, number];
  note?: string;
}

export interface Preset {
  id: string;
  name: string;
  summary: string;
  citations: Source[];
  inputs: PresetInput[];
  outputs: PresetOutput[];
  /** Caveats the app and report must carry with the figures (a trial not significant). */
  notes: string[];
  scenario: () => Scenario;
}

import type { Scenario } from '../scenario';
import { previewDemand } from './demand';
import { previewEstablishment } from './establishment';
import type { ImportKind, ImportPreview } from './types';

export type * from './types';
export { ESTABLISHMENT_COLUMNS } from './establishment';
export { DEMAND_COLUMNS } from './demand';

export function previewImport(kind: ImportKind, scenario: Scenario, text: string): ImportPreview {
  return kind === 'establishment' ? previewEstablishment(scenario, text) : previewDemand(scenario, text);
}

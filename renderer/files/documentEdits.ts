/**
 * The document edits that files make: each is one undo step, so Ctrl+Z takes back a whole import.
 */
import type { Scenario } from '../../models/scenario';
import { addScenario } from '../document/actions';
import type { DocumentStore } from '../document/store';

/** Adds a scenario read from a JSON file and opens it; its id and name are made unique. */
export function addImportedScenario(store: DocumentStore, scenario: Scenario, fileName: string): string {
  return addScenario(store, scenario, `Import ${fileName}`);
}

/** Puts the scenario a CSV import produced in place of the one it was previewed against. */
export function replaceScenario(store: DocumentStore, scenario: Scenario, label: string): void {
  store.update(
    (draft) => {
      const at = draft.scenarios.findIndex((s) => s.id === scenario.id);
      if (at >= 0) draft.scenarios[at] = scenario;
    },
    { label },
  );
}

/**
 * The document edits that files make: each is one undo step, so Ctrl+Z takes back a whole import.
 */
import type { Scenario } from '../../models/scenario';
import { uniqueName } from '../document/actions';
import { uniqueId } from '../document/paths';
import type { DocumentStore } from '../document/store';

/** Adds a scenario read from a JSON file and opens it; its id and name are made unique here. */
export function addImportedScenario(store: DocumentStore, scenario: Scenario, fileName: string): string {
  const project = store.getSnapshot();
  const ids = project.scenarios.map((s) => s.id);
  const id = uniqueId(scenario.id, ids);
  const parentId = scenario.parentId !== null && ids.includes(scenario.parentId) ? scenario.parentId : null;
  const added: Scenario = { ...scenario, id, parentId, name: uniqueName(scenario.name, project) };
  store.update(
    (draft) => {
      draft.scenarios.push(added);
      draft.currentScenarioId = id;
    },
    { label: `Import ${fileName}` },
  );
  return id;
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

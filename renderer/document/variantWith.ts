/**
 * A variant with one value changed, made in one undo step: what goal seek's "Create this
 * variant" does. Kept beside the other document actions but in its own file.
 */
import type { Project } from '../../models/project';
import type { Scenario } from '../../models/scenario';
import { setAt, uniqueId } from './paths';
import type { DocumentStore } from './store';

/** Scenario names are at most 120 characters (NameSchema), with room for a " 2" to make them unique. */
const MAX_NAME = 116;

function uniqueName(wanted: string, project: Project): string {
  const base = wanted.length > MAX_NAME ? `${wanted.slice(0, MAX_NAME - 1)}…` : wanted;
  const names = new Set(project.scenarios.map((s) => s.name));
  if (!names.has(base)) return base;
  for (let n = 2; ; n++) if (!names.has(`${base} ${n}`)) return `${base} ${n}`;
}

/** Adds a variant of `fromId` recording it as the parent, with `path` set to `value`, and opens it. */
export function createVariantWith(store: DocumentStore, fromId: string, path: string, value: number, name: string): string | null {
  const project = store.getSnapshot();
  const from = project.scenarios.find((s) => s.id === fromId);
  if (!from) return null;
  const id = uniqueId(`${from.id}_variant`, project.scenarios.map((s) => s.id));
  const variant: Scenario = { ...structuredClone(from), id, name: uniqueName(name, project), parentId: from.id, presetId: null };
  if (!setAt(variant, path, value)) return null;
  // The value is now the planner's choice, not the default's source.
  delete variant.sources[path];
  store.update(
    (draft) => {
      draft.scenarios.push(variant);
      draft.currentScenarioId = id;
    },
    { label: `New variant: ${variant.name}` },
  );
  return id;
}

import { useEffect, useRef, useState } from 'react';
import type { Project } from '../../models/project';
import type { Scenario } from '../../models/scenario';
import { deleteScenario, duplicateScenario, newVariant, renameScenario } from '../document/actions';
import type { DocumentStore } from '../document/store';

interface Props {
  store: DocumentStore;
  project: Project;
  /** Tells the workspace a scenario was deleted, so it can offer Undo. */
  onDeleted: (name: string) => void;
}

/** The project's scenarios as a tree, each variant under its parent, with what can be done to them. */
export function ScenarioTree({ store, project, onDeleted }: Props) {
  const [renaming, setRenaming] = useState<string | null>(null);
  const current = project.scenarios.find((s) => s.id === project.currentScenarioId) ?? project.scenarios[0]!;
  const ids = new Set(project.scenarios.map((s) => s.id));
  const roots = project.scenarios.filter((s) => s.parentId === null || !ids.has(s.parentId));

  function children(id: string): Scenario[] {
    return project.scenarios.filter((s) => s.parentId === id);
  }

  function branch(list: Scenario[], depth: number) {
    return (
      <ul className={depth === 0 ? 'tree' : 'tree tree--nested'}>
        {list.map((s) => (
          <li key={s.id} className="tree__item">
            {renaming === s.id ? (
              <RenameField
                scenario={s}
                onDone={(name) => {
                  setRenaming(null);
                  if (name !== null && name !== s.name) renameScenario(store, s.id, name);
                }}
              />
            ) : (
              <button
                type="button"
                className={s.id === current.id ? 'tree__button tree__button--current' : 'tree__button'}
                aria-current={s.id === current.id ? 'true' : undefined}
                onClick={() => store.select(s.id)}
                onDoubleClick={() => setRenaming(s.id)}
                onKeyDown={(e) => {
                  if (e.key === 'F2') {
                    e.preventDefault();
                    setRenaming(s.id);
                  }
                }}
                data-scenario-id={s.id}
              >
                {s.name}
                {s.presetId && <span className="tree__tag">evidence</span>}
              </button>
            )}
            {children(s.id).length > 0 && branch(children(s.id), depth + 1)}
          </li>
        ))}
      </ul>
    );
  }

  return (
    <nav className="sidebar__section" aria-labelledby="tree-heading">
      <h2 id="tree-heading" className="sidebar__heading">
        Scenarios
      </h2>
      {branch(roots, 0)}
      <div className="toolbar" role="group" aria-label={`Actions on ${current.name}`}>
        <button type="button" className="button button--small" onClick={() => newVariant(store, current.id)}>
          New variant
        </button>
        <button type="button" className="button button--small button--secondary" onClick={() => setRenaming(current.id)} aria-keyshortcuts="F2">
          Rename
        </button>
        <button type="button" className="button button--small button--secondary" onClick={() => duplicateScenario(store, current.id)}>
          Duplicate
        </button>
        <button
          type="button"
          className="button button--small button--danger"
          disabled={project.scenarios.length < 2}
          onClick={() => {
            if (deleteScenario(store, current.id)) onDeleted(current.name);
          }}
        >
          Delete
        </button>
      </div>
    </nav>
  );
}

/** Rename in place: Enter keeps the new name, Escape puts the old one back. */
function RenameField({ scenario, onDone }: { scenario: Scenario; onDone: (name: string | null) => void }) {
  const [text, setText] = useState(scenario.name);
  const input = useRef<HTMLInputElement>(null);
  const finished = useRef(false);
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);
  const finish = (name: string | null) => {
    if (finished.current) return;
    finished.current = true;
    onDone(name);
  };
  const trimmed = text.trim();
  return (
    <input
      ref={input}
      className="tree__rename"
      aria-label={`New name for ${scenario.name}`}
      data-native-undo=""
      value={text}
      maxLength={120}
      onChange={(e) => setText(e.target.value)}
      onKeyDown={(e) => {
        if (e.key === 'Enter') finish(trimmed === '' ? null : trimmed);
        if (e.key === 'Escape') {
          e.stopPropagation();
          finish(null);
        }
      }}
      onBlur={() => finish(trimmed === '' ? null : trimmed)}
    />
  );
}

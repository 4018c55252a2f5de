import type { DocumentStore } from '../document/store';
import { useDocument, useHistoryStatus } from '../document/store';

const MOD = typeof navigator !== 'undefined' && /Mac/.test(navigator.platform) ? '⌘' : 'Ctrl+';

/** The project's name, whether it has unsaved changes, and Undo/Redo with what they will do. */
export function Header({ store }: { store: DocumentStore }) {
  const project = useDocument(store);
  const status = useHistoryStatus(store);
  const undoTip = status.undoLabel ? `Undo ${status.undoLabel} (${MOD}Z)` : 'Nothing to undo';
  const redoTip = status.redoLabel ? `Redo ${status.redoLabel} (${MOD}Shift+Z)` : 'Nothing to redo';
  return (
    <>
      <span className="app__project" data-testid="project-name">
        {project.name}
      </span>
      {status.dirty && (
        <span className="app__dirty" data-testid="dirty">
          Unsaved changes
        </span>
      )}
      <span className="app__history">
        <button type="button" className="button button--header" title={undoTip} aria-label={undoTip} aria-keyshortcuts="Control+Z" disabled={!status.canUndo} onClick={store.undo}>
          <span aria-hidden="true">↶</span> Undo
        </button>
        <button type="button" className="button button--header" title={redoTip} aria-label={redoTip} aria-keyshortcuts="Control+Shift+Z Control+Y" disabled={!status.canRedo} onClick={store.redo}>
          <span aria-hidden="true">↷</span> Redo
        </button>
      </span>
    </>
  );
}

import { useEffect } from 'react';
import type { DocumentStore } from './document/store';

/**
 * Ctrl+Z undoes the last document change even inside a number field: every keystroke there is
 * already a document edit, so the field's own text undo would fight the history. Fields that
 * hold text not yet written to the document (renaming) opt out with `data-native-undo`.
 */
export function useUndoShortcuts(store: DocumentStore): void {
  useEffect(() => {
    function key(event: KeyboardEvent): void {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const target = event.target instanceof HTMLElement ? event.target : null;
      if (target?.closest('[data-native-undo]')) return;
      const k = event.key.toLowerCase();
      if (k === 'z' && !event.shiftKey) store.undo();
      else if ((k === 'z' && event.shiftKey) || k === 'y') store.redo();
      else return;
      event.preventDefault();
    }
    window.addEventListener('keydown', key);
    return () => window.removeEventListener('keydown', key);
  }, [store]);
}

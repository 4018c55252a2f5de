/**
 * The open project as one immutable value behind a tiny external store, with its undo history
 * (history.ts). Every document change goes through `update` with an immer recipe and becomes an
 * undo entry; `select` changes which scenario is open without recording it, because moving
 * around the project is not an edit the user expects Ctrl+Z to take back.
 */
import { produce, type Draft } from 'immer';
import { useSyncExternalStore } from 'react';
import type { Project } from '../../models/project';
import {
  canRedo,
  canUndo,
  closeGesture,
  createHistory,
  edit,
  isDirty,
  markSaved,
  redo,
  redoLabel,
  undo,
  undoLabel,
  type History,
} from './history';

export interface UpdateOptions {
  /** What the user did, shown in the Undo/Redo tooltips ("Undo Social worker posts"). */
  label?: string;
  /** Edits with the same gesture key, one after another, are one undo step. */
  gesture?: string | null;
}

/** What the header and the menus need to know about the history. */
export interface HistoryStatus {
  canUndo: boolean;
  canRedo: boolean;
  undoLabel: string | null;
  redoLabel: string | null;
  dirty: boolean;
}

export interface DocumentStore {
  getSnapshot(): Project;
  subscribe(listener: () => void): () => void;
  update(recipe: (draft: Draft<Project>) => void, options?: UpdateOptions): void;
  /** Opens another scenario: a change of view, so never an undo step, never dirty. */
  select(scenarioId: string): void;
  undo(): void;
  redo(): void;
  /** Ends the current gesture (a field loses focus, a drag ends). */
  endGesture(): void;
  status(): HistoryStatus;
  isDirty(): boolean;
  /** For the project store: call after the document was written to disk. */
  markSaved(): void;
  /**
   * For save and autosave: called after every change to the document (an edit, undo or redo)
   * with the new project and whether it differs from the last save.
   */
  onChange(listener: (project: Project, dirty: boolean) => void): () => void;
}

export interface StoreOptions {
  /** The document starts with unsaved changes (a restored recovery copy): dirty until saved. */
  unsaved?: boolean;
}

export function createDocumentStore(initial: Project, options: StoreOptions = {}): DocumentStore {
  // savedAt −1 matches no entry, so the untouched document already counts as unsaved.
  let history: History<Project> = { ...createHistory(initial), savedAt: options.unsaved ? -1 : 0 };
  let status = statusOf(history);
  const listeners = new Set<() => void>();
  const changeListeners = new Set<(project: Project, dirty: boolean) => void>();

  function commit(next: History<Project>, documentChanged: boolean): void {
    if (next === history) return;
    history = next;
    status = statusOf(history);
    listeners.forEach((listener) => listener());
    if (documentChanged) changeListeners.forEach((listener) => listener(history.present, status.dirty));
  }

  return {
    getSnapshot: () => history.present,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    update(recipe, options = {}) {
      commit(edit(history, recipe, { label: options.label ?? 'Edit', gesture: options.gesture ?? null }), true);
    },
    select(scenarioId) {
      if (history.present.currentScenarioId === scenarioId) return;
      if (!history.present.scenarios.some((s) => s.id === scenarioId)) return;
      const present = produce(history.present, (draft) => {
        draft.currentScenarioId = scenarioId;
      });
      commit({ ...closeGesture(history), present }, false);
    },
    undo: () => commit(undo(closeGesture(history)), true),
    redo: () => commit(redo(history), true),
    endGesture: () => {
      history = closeGesture(history);
    },
    status: () => status,
    isDirty: () => status.dirty,
    markSaved: () => commit(markSaved(history), false),
    onChange(listener) {
      changeListeners.add(listener);
      return () => changeListeners.delete(listener);
    },
  };
}

function statusOf(h: History<Project>): HistoryStatus {
  return { canUndo: canUndo(h), canRedo: canRedo(h), undoLabel: undoLabel(h), redoLabel: redoLabel(h), dirty: isDirty(h) };
}

export function useDocument(store: DocumentStore): Project {
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}

export function useHistoryStatus(store: DocumentStore): HistoryStatus {
  return useSyncExternalStore(store.subscribe, store.status);
}

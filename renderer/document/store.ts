/**
 * The open project as one immutable value behind a tiny external store. Every change goes
 * through `update`, with an immer recipe, so the undo/redo issue can record patches here
 * without touching the views.
 */
import { produce, type Draft } from 'immer';
import { useSyncExternalStore } from 'react';
import type { Project } from '../../models/project';

export interface DocumentStore {
  getSnapshot(): Project;
  subscribe(listener: () => void): () => void;
  update(recipe: (draft: Draft<Project>) => void): void;
}

export function createDocumentStore(initial: Project): DocumentStore {
  let project = initial;
  const listeners = new Set<() => void>();
  return {
    getSnapshot: () => project,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    update(recipe) {
      const next = produce(project, recipe);
      if (next === project) return;
      project = next;
      listeners.forEach((listener) => listener());
    },
  };
}

export function useDocument(store: DocumentStore): Project {
  return useSyncExternalStore(store.subscribe, store.getSnapshot);
}

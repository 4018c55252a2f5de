/**
 * The open project: its document (with undo history), the simulation results kept with it, and
 * the file it came from. Opening another project replaces all three together.
 */
import type { CachedResult } from '../../models/resultCache';
import type { Project } from '../../models/project';
import { createDocumentStore, type DocumentStore } from '../document/store';
import { createResultCache, type ResultCache } from './resultCache';

export interface OpenProject {
  /** Tells one opened project from the next, so the views start afresh on each. */
  serial: number;
  store: DocumentStore;
  results: ResultCache;
  /** The file Save writes to; null until the project is first saved. */
  path: string | null;
  fileName: string | null;
}

export interface ProjectSource {
  project: Project;
  results?: readonly CachedResult[];
  path?: string | null;
  fileName?: string | null;
  /** A restored recovery copy: unsaved from the start. */
  unsaved?: boolean;
}

let opened = 0;

export function openProject({ project, results = [], path = null, fileName = null, unsaved = false }: ProjectSource): OpenProject {
  return { serial: ++opened, store: createDocumentStore(project, { unsaved }), results: createResultCache(results), path, fileName };
}

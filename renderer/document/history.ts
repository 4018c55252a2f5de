/**
 * Undo and redo by immer patches (after Excalidraw's history): each entry holds the patches of
 * one user gesture and their inverse. Edits that belong to one gesture — the keystrokes of one
 * typed number, the moves of one slider drag — carry the same gesture key and fold into one
 * entry, so Ctrl+Z undoes what the user thinks of as one change. Selection and view state live
 * outside the document and are never recorded.
 */
import { applyPatches, enablePatches, produceWithPatches, type Draft, type Objectish, type Patch } from 'immer';

enablePatches();

export interface HistoryEntry {
  id: number;
  label: string;
  gesture: string | null;
  patches: Patch[];
  inverse: Patch[];
}

export interface History<T> {
  present: T;
  past: HistoryEntry[];
  future: HistoryEntry[];
  /** Id of the newest past entry when the document was last saved (0: nothing done yet). */
  savedAt: number;
  nextId: number;
}

/** Enough for a working session; the oldest entries fall away first. */
export const HISTORY_LIMIT = 500;

export function createHistory<T extends Objectish>(present: T): History<T> {
  return { present, past: [], future: [], savedAt: 0, nextId: 1 };
}

export interface EditOptions {
  label: string;
  /** Edits with the same key, one after another, are one undo step. */
  gesture?: string | null;
}

export function edit<T extends Objectish>(h: History<T>, recipe: (draft: Draft<T>) => void, options: EditOptions): History<T> {
  const [present, patches, inverse] = produceWithPatches(h.present, recipe);
  if (patches.length === 0) return h;
  const gesture = options.gesture ?? null;
  const last = h.past[h.past.length - 1];
  // Never fold into the entry the file was saved at: the document would change while the
  // history still says "saved".
  if (gesture !== null && last && last.gesture === gesture && last.id !== h.savedAt) {
    const merged: HistoryEntry = { ...last, patches: [...last.patches, ...patches], inverse: [...inverse, ...last.inverse] };
    return { ...h, present, past: [...h.past.slice(0, -1), merged], future: [] };
  }
  const entry: HistoryEntry = { id: h.nextId, label: options.label, gesture, patches, inverse };
  const past = [...h.past, entry].slice(-HISTORY_LIMIT);
  return { ...h, present, past, future: [], nextId: h.nextId + 1 };
}

export function undo<T extends Objectish>(h: History<T>): History<T> {
  const entry = h.past[h.past.length - 1];
  if (!entry) return h;
  return { ...h, present: applyPatches(h.present, entry.inverse), past: h.past.slice(0, -1), future: [entry, ...h.future] };
}

export function redo<T extends Objectish>(h: History<T>): History<T> {
  const [entry, ...future] = h.future;
  if (!entry) return h;
  return { ...h, present: applyPatches(h.present, entry.patches), past: [...h.past, entry], future };
}

/** Ends the current gesture, so the next edit with the same key starts a new undo step. */
export function closeGesture<T extends Objectish>(h: History<T>): History<T> {
  const last = h.past[h.past.length - 1];
  if (!last || last.gesture === null) return h;
  return { ...h, past: [...h.past.slice(0, -1), { ...last, gesture: null }] };
}

const topId = (h: History<unknown>) => h.past[h.past.length - 1]?.id ?? 0;

export const markSaved = <T extends Objectish>(h: History<T>): History<T> => ({ ...h, savedAt: topId(h) });
export const isDirty = (h: History<unknown>): boolean => topId(h) !== h.savedAt;
export const canUndo = (h: History<unknown>): boolean => h.past.length > 0;
export const canRedo = (h: History<unknown>): boolean => h.future.length > 0;
export const undoLabel = (h: History<unknown>): string | null => h.past[h.past.length - 1]?.label ?? null;
export const redoLabel = (h: History<unknown>): string | null => h.future[0]?.label ?? null;

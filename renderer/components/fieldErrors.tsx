/**
 * The invalid fields of one view, for its GOV.UK error summary. Fields report themselves while
 * their text is invalid; the summary lists them in the order they appear on the page.
 */
import { createContext, useContext, useEffect, useSyncExternalStore } from 'react';

export interface FieldError {
  /** The input's DOM id, which the summary links to. */
  id: string;
  label: string;
  message: string;
}

export interface FieldErrorRegistry {
  set(error: FieldError): void;
  clear(id: string): void;
  list(): FieldError[];
  subscribe(listener: () => void): () => void;
}

export function createFieldErrorRegistry(): FieldErrorRegistry {
  const errors = new Map<string, FieldError>();
  let snapshot: FieldError[] = [];
  const listeners = new Set<() => void>();
  const publish = () => {
    snapshot = [...errors.values()].sort(byDocumentOrder);
    listeners.forEach((l) => l());
  };
  return {
    set(error) {
      const old = errors.get(error.id);
      if (old && old.message === error.message && old.label === error.label) return;
      errors.set(error.id, error);
      publish();
    },
    clear(id) {
      if (errors.delete(id)) publish();
    },
    list: () => snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

function byDocumentOrder(a: FieldError, b: FieldError): number {
  if (typeof document === 'undefined') return 0;
  const x = document.getElementById(a.id);
  const y = document.getElementById(b.id);
  if (!x || !y) return 0;
  return x.compareDocumentPosition(y) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
}

export const FieldErrorContext = createContext<FieldErrorRegistry | null>(null);

/** Reports this field's error (or its absence) to the view's summary. */
export function useReportFieldError(id: string, label: string, message: string | null): void {
  const registry = useContext(FieldErrorContext);
  useEffect(() => {
    if (!registry) return;
    if (message) registry.set({ id, label, message });
    else registry.clear(id);
  }, [registry, id, label, message]);
  useEffect(() => () => registry?.clear(id), [registry, id]);
}

export function useFieldErrors(registry: FieldErrorRegistry): FieldError[] {
  return useSyncExternalStore(registry.subscribe, registry.list);
}

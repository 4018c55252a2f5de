import { useSyncExternalStore } from 'react';
import type { ValidationIssue } from '../../models/validation';
import type { FieldErrorRegistry } from '../components/fieldErrors';

/**
 * Why a run cannot start: fields anywhere in the scenario's views holding invalid text, and
 * rules the scenario as a whole breaks. Each line names where the problem is.
 */
export function useRunProblems(all: readonly FieldErrorRegistry[], issues: readonly ValidationIssue[]): string[] {
  const subscribe = (listener: () => void) => {
    const offs = all.map((r) => r.subscribe(listener));
    return () => offs.forEach((off) => off());
  };
  // A string snapshot, so React sees a stable value between changes.
  const fields = useSyncExternalStore(subscribe, () => JSON.stringify(all.flatMap((r) => r.list().map((e) => `${e.label}: ${e.message}`))));
  return [...(JSON.parse(fields) as string[]), ...issues.map((i) => i.message)];
}

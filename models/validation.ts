import type { z } from 'zod';

export interface ValidationIssue {
  /** Where the problem is, e.g. `teams[0].roles[2].posts`. */
  path: string;
  /** What is wrong and what is allowed. */
  message: string;
}

export type Validated<T> = { ok: true; value: T } | { ok: false; issues: ValidationIssue[] };

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out;
}

export function issuesOf(error: z.ZodError): ValidationIssue[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
}

export function validate<T>(schema: z.ZodType<T>, value: unknown): Validated<T> {
  const parsed = schema.safeParse(value);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, issues: issuesOf(parsed.error) };
}

/** One line per issue, for the CLI and error dialogs. */
export function describeIssues(issues: ValidationIssue[], limit = 5): string {
  const shown = issues.slice(0, limit).map((i) => (i.path ? `${i.path}: ${i.message}` : i.message));
  const more = issues.length > limit ? [`…and ${issues.length - limit} more`] : [];
  return [...shown, ...more].join('\n');
}

/**
 * Scenario paths in the form the `sources` map uses (`teams[0].roles[1].absence.sicknessShare`):
 * reading, writing, and keeping provenance in step when a list item goes away.
 */
export type PathPart = string | number;

export function parsePath(path: string): PathPart[] {
  const parts: PathPart[] = [];
  for (const match of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) {
    if (match[2] !== undefined) parts.push(Number(match[2]));
    else if (match[1] !== undefined) parts.push(match[1]);
  }
  return parts;
}

export function getAt(root: unknown, path: string): unknown {
  let node: unknown = root;
  for (const part of parsePath(path)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<PathPart, unknown>)[part];
  }
  return node;
}

/** Sets a value inside an immer draft; false when the path does not lead anywhere. */
export function setAt(root: unknown, path: string, value: unknown): boolean {
  const parts = parsePath(path);
  const last = parts.pop();
  if (last === undefined) return false;
  let node: unknown = root;
  for (const part of parts) {
    if (node === null || typeof node !== 'object') return false;
    node = (node as Record<PathPart, unknown>)[part];
  }
  if (node === null || typeof node !== 'object') return false;
  (node as Record<PathPart, unknown>)[last] = value;
  return true;
}

/**
 * Sources are keyed by index, so removing item `index` of the list at `listPath` drops its
 * entries and moves those of the items after it down by one.
 */
export function removeIndexedSources(sources: Record<string, string>, listPath: string, index: number): void {
  const prefix = `${listPath}[`;
  for (const key of Object.keys(sources)) {
    if (!key.startsWith(prefix)) continue;
    const close = key.indexOf(']', prefix.length);
    const at = Number(key.slice(prefix.length, close));
    if (!Number.isInteger(at) || at < index) continue;
    const value = sources[key]!;
    delete sources[key];
    if (at > index) sources[`${prefix}${at - 1}${key.slice(close)}`] = value;
  }
}

/** Makes an id that matches the schema's pattern and is not in `taken`. */
export function uniqueId(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  const slug =
    base
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^_+|_+$/g, '')
      .slice(0, 48) || 'item';
  if (!used.has(slug)) return slug;
  for (let n = 2; ; n++) {
    const candidate = `${slug}_${n}`;
    if (!used.has(candidate)) return candidate;
  }
}

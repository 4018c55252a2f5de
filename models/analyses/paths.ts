/**
 * Parameter and KPI addresses like `teams[0].roles[2].posts` or `roles[social_worker].shares.direct`.
 * A bracketed word picks the array element with that id, so a KPI address survives reordering.
 */
export type PathPart = string | number;

export function parsePath(path: string): PathPart[] {
  const parts: PathPart[] = [];
  const re = /([^.[\]]+)|\[([^\]]+)\]/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(path))) {
    if (m[1] !== undefined) parts.push(m[1]);
    else parts.push(/^\d+$/.test(m[2]) ? Number(m[2]) : m[2]);
  }
  return parts;
}

function step(node: unknown, part: PathPart): unknown {
  if (node === null || typeof node !== 'object') return undefined;
  if (Array.isArray(node) && typeof part === 'string' && !/^\d+$/.test(part)) return node.find((x) => x && typeof x === 'object' && (x as { id?: unknown }).id === part);
  return (node as Record<PathPart, unknown>)[part];
}

export function getAt(root: unknown, path: string): unknown {
  return parsePath(path).reduce<unknown>(step, root);
}

export function getNumber(root: unknown, path: string): number | null {
  const v = getAt(root, path);
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/** A copy of `root` with the value at `path` replaced; throws naming the path if it does not exist. */
export function setAt<T>(root: T, path: string, value: unknown): T {
  const parts = parsePath(path);
  const copy = structuredClone(root);
  let node: unknown = copy;
  for (let i = 0; i < parts.length - 1; i++) {
    node = step(node, parts[i]);
    if (node === undefined || node === null) throw new Error(`no "${path}" in the scenario`);
  }
  const last = parts[parts.length - 1];
  const parent = node as Record<PathPart, unknown>;
  if (Array.isArray(parent) && typeof last === 'string') throw new Error(`"${path}" names an element, not a value`);
  if (!(last in parent)) throw new Error(`no "${path}" in the scenario`);
  parent[last] = value;
  return copy;
}

import type { SimulationResult } from '../result';
import type { Scenario } from '../scenario';

export interface Change {
  path: string;
  from: unknown;
  to: unknown;
}

export interface KpiDelta {
  kpi: string;
  from: number | null;
  to: number | null;
  delta: number | null;
}

/** What describes a scenario rather than the service it models: not counted as a change. */
const IDENTITY = new Set(['id', 'name', 'parentId', 'presetId', 'description', 'sources']);

function diff(a: unknown, b: unknown, path: string, out: Change[]): void {
  if (Object.is(a, b)) return;
  const bothObjects = a && b && typeof a === 'object' && typeof b === 'object';
  if (!bothObjects || Array.isArray(a) !== Array.isArray(b)) {
    out.push({ path, from: a, to: b });
    return;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) diff(a[i], b[i], `${path}[${i}]`, out);
    return;
  }
  const keys = new Set([...Object.keys(a as object), ...Object.keys(b as object)]);
  for (const k of keys) {
    if (path === '' && IDENTITY.has(k)) continue;
    diff((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], path ? `${path}.${k}` : k, out);
  }
}

/** Every value that differs between a parent and a variant, by path. */
export function scenarioChanges(parent: Scenario, variant: Scenario): Change[] {
  const out: Change[] = [];
  diff(parent, variant, '', out);
  return out;
}

function numeric(x: unknown): number | null {
  return typeof x === 'number' && Number.isFinite(x) ? x : null;
}

/** Team and money KPIs and each role's shares, before and after, with their difference. */
export function kpiDeltas(before: SimulationResult, after: SimulationResult): KpiDelta[] {
  const rows: KpiDelta[] = [];
  const add = (kpi: string, a: unknown, b: unknown) => {
    const from = numeric(a);
    const to = numeric(b);
    rows.push({ kpi, from, to, delta: from !== null && to !== null ? to - from : null });
  };
  for (const k of Object.keys(after.team)) add(`team.${k}`, (before.team as Record<string, unknown>)[k], (after.team as Record<string, unknown>)[k]);
  for (const k of Object.keys(after.money)) add(`money.${k}`, (before.money as Record<string, unknown>)[k], (after.money as Record<string, unknown>)[k]);
  for (const role of after.roles) {
    const old = before.roles.find((r) => r.id === role.id && r.team === role.team);
    for (const [k, v] of Object.entries(role.shares)) add(`roles[${role.id}].shares.${k}`, old?.shares[k as keyof typeof old.shares], v);
  }
  return rows;
}

export function compare(parent: Scenario, variant: Scenario, before: SimulationResult, after: SimulationResult): { changes: Change[]; kpis: KpiDelta[] } {
  return { changes: scenarioChanges(parent, variant), kpis: kpiDeltas(before, after) };
}

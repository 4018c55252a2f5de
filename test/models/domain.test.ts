import { describe, expect, it } from 'vitest';
import { DEFAULTS, DEFAULTS_LIST } from '../../models/defaults';
import { defaultProject, ProjectSchema } from '../../models/project';
import { traditionalScenario } from '../../models/presets/traditional';
import { ScenarioSchema } from '../../models/scenario';
import { SourceSchema } from '../../models/source';
import { validate } from '../../models/validation';

function valueAt(root: unknown, path: string): unknown {
  const parts = path.match(/[^.[\]]+/g) ?? [];
  return parts.reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], root);
}

describe('the traditional scenario', () => {
  it('validates against the scenario schema', () => {
    const result = validate(ScenarioSchema, traditionalScenario());
    expect(result.ok ? [] : result.issues).toEqual([]);
  });

  it('has six social workers, a team manager and a part-time administrator', () => {
    const roles = traditionalScenario().teams[0].roles;
    expect(roles.map((r) => [r.category, r.posts])).toEqual([
      ['qualified_sw', 6],
      ['manager', 1],
      ['administrator', 0.5],
    ]);
  });

  it('points every sourced value at a catalogue entry with the same value', () => {
    const scenario = traditionalScenario();
    for (const [path, id] of Object.entries(scenario.sources)) {
      const entry = DEFAULTS[id];
      expect(entry, `${path} → ${id}`).toBeDefined();
      const value = valueAt(scenario, path);
      expect(typeof value, path).toBe('number');
      // Costs add on-costs to a salary, so only non-salary values must match exactly.
      if (!id.startsWith('salary_')) expect(value, path).toBeCloseTo(entry.value, 9);
    }
  });
});

describe('the defaults catalogue', () => {
  it('gives every default a valid source; assumptions give a range', () => {
    for (const d of DEFAULTS_LIST) {
      const parsed = SourceSchema.safeParse(d.source);
      expect(parsed.success, `${d.id}: ${parsed.success ? '' : parsed.error.message}`).toBe(true);
    }
  });

  it('rejects a stated assumption without a range', () => {
    expect(SourceSchema.safeParse({ kind: 'assumption', citation: 'a guess' }).success).toBe(false);
  });

  it('has unique ids', () => {
    expect(new Set(DEFAULTS_LIST.map((d) => d.id)).size).toBe(DEFAULTS_LIST.length);
  });

  it('keeps each assumption inside its own stated range', () => {
    for (const d of DEFAULTS_LIST) {
      const r = d.source.range;
      if (r) expect(d.value >= r[0] && d.value <= r[1], `${d.id}=${d.value} outside ${r}`).toBe(true);
    }
  });
});

describe('validation messages', () => {
  it('names the field by path and says what is allowed', () => {
    const s = traditionalScenario();
    s.teams[0].roles[0].posts = -1;
    const result = validate(ScenarioSchema, s);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues).toContainEqual({ path: 'teams[0].roles[0].posts', message: 'Posts cannot be negative' });
  });

  it('catches a reference to an activity that does not exist', () => {
    const s = traditionalScenario();
    s.caseTypes[0].recurring[0].activityId = 'missing';
    const result = validate(ScenarioSchema, s);
    expect(!result.ok && result.issues.some((i) => i.path === 'caseTypes[0].recurring[0].activityId')).toBe(true);
  });

  it('rejects a repeated role id', () => {
    const s = traditionalScenario();
    s.teams[0].roles[1].id = s.teams[0].roles[0].id;
    const result = validate(ScenarioSchema, s);
    expect(!result.ok && result.issues.some((i) => i.message.includes('used twice'))).toBe(true);
  });

  it('rejects a scenario from another format version with a message that says so', () => {
    const result = validate(ScenarioSchema, { ...traditionalScenario(), formatVersion: 99 });
    expect(!result.ok && result.issues[0].message).toMatch(/another version/);
  });
});

describe('the default project', () => {
  it('validates and opens on the traditional scenario', () => {
    const p = defaultProject();
    expect(ProjectSchema.safeParse(p).success).toBe(true);
    expect(p.currentScenarioId).toBe('traditional');
  });
});

import { describe, expect, it } from 'vitest';
import { defaultProject } from '../../models/project';
import { ProjectSchema } from '../../models/project';
import { setRoleNumber } from '../../renderer/document/actions';
import { currentScenario, staffTotals, scenarioRoles } from '../../renderer/document/selectors';
import { createDocumentStore } from '../../renderer/document/store';
import { parseNumber } from '../../renderer/format';

function fixture() {
  const project = defaultProject();
  const scenario = currentScenario(project)!;
  const team = scenario.teams[0]!;
  const role = team.roles[0]!;
  return { store: createDocumentStore(project), ref: { scenarioId: scenario.id, teamId: team.id, roleId: role.id } };
}

describe('document store', () => {
  it('replaces the project immutably and tells subscribers', () => {
    const { store, ref } = fixture();
    const before = store.getSnapshot();
    let calls = 0;
    store.subscribe(() => calls++);
    setRoleNumber(store, ref, 'posts', 4);
    const after = store.getSnapshot();
    expect(after).not.toBe(before);
    expect(currentScenario(before)!.teams[0]!.roles[0]!.posts).toBe(6);
    expect(currentScenario(after)!.teams[0]!.roles[0]!.posts).toBe(4);
    expect(calls).toBe(1);
    expect(ProjectSchema.safeParse(after).success).toBe(true);
  });

  it('drops the provenance of a value the user has typed', () => {
    const { store, ref } = fixture();
    expect(currentScenario(store.getSnapshot())!.sources['teams[0].roles[0].costPerFte']).toBeDefined();
    setRoleNumber(store, ref, 'costPerFte', 50_000);
    expect(currentScenario(store.getSnapshot())!.sources['teams[0].roles[0].costPerFte']).toBeUndefined();
    expect(currentScenario(store.getSnapshot())!.sources['teams[0].roles[0].hoursPerFte']).toBeDefined();
  });

  it('sets the caseload cap, including back to the policy default (null)', () => {
    const { store, ref } = fixture();
    setRoleNumber(store, ref, 'caseloadCap', 12);
    expect(currentScenario(store.getSnapshot())!.teams[0]!.roles[0]!.keyWorker.caseloadCap).toBe(12);
    setRoleNumber(store, ref, 'caseloadCap', null);
    expect(currentScenario(store.getSnapshot())!.teams[0]!.roles[0]!.keyWorker.caseloadCap).toBeNull();
  });

  it('ignores an edit to a role that is not there', () => {
    const { store, ref } = fixture();
    const before = store.getSnapshot();
    setRoleNumber(store, { ...ref, roleId: 'nobody' }, 'posts', 3);
    expect(store.getSnapshot()).toBe(before);
  });

  it('totals posts and cost per year over all roles', () => {
    const roles = scenarioRoles(currentScenario(defaultProject())!);
    const totals = staffTotals(roles);
    expect(totals.posts).toBeCloseTo(roles.reduce((s, r) => s + r.posts, 0));
    expect(totals.costPerYear).toBeCloseTo(roles.reduce((s, r) => s + r.posts * r.costPerFte, 0));
  });
});

describe('reading typed numbers', () => {
  it('accepts plain decimals, thousands separators and a leading £', () => {
    expect(parseNumber('6')).toBe(6);
    expect(parseNumber(' 0.5 ')).toBe(0.5);
    expect(parseNumber('.5')).toBe(0.5);
    expect(parseNumber('£48,000')).toBe(48000);
    expect(parseNumber('-1')).toBe(-1);
  });

  it('gives NaN for anything else, so the schema explains it', () => {
    for (const text of ['', 'six', '6 posts', '1e3', '0x10', '1.2.3', 'Infinity', '--1']) {
      expect(parseNumber(text), text).toBeNaN();
    }
  });
});

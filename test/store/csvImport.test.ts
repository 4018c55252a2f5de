import { describe, expect, it } from 'vitest';
import { previewImport } from '../../models/import';
import { defaultProject } from '../../models/project';
import { ScenarioSchema } from '../../models/scenario';

const scenario = () => defaultProject().scenarios[0];

describe('establishment CSV', () => {
  it('previews post and cost changes and a new role before applying anything', () => {
    const s = scenario();
    const csv = [
      'Team,Role,Category,Posts (FTE),Cost',
      'Locality team,Social worker,qualified_sw,5.5,',
      'Locality team,Team administrator,Administrator / unit co-ordinator,2,"£31,500"',
      'Locality team,Family practitioner,aq_practitioner,3,38000',
    ].join('\r\n');
    const preview = previewImport('establishment', s, csv);
    expect(preview.fileError).toBeNull();
    expect(preview.errors).toEqual([]);
    const texts = preview.changes.map((c) => c.text);
    expect(texts).toContain('Locality team › Social worker: posts 6 → 5.5');
    expect(texts).toContain('Locality team › Team administrator: posts 0.5 → 2');
    expect(texts.some((t) => /Team administrator: cost per FTE £[\d,]+ → £31,500/.test(t))).toBe(true);
    expect(texts.some((t) => t.startsWith('New role in Locality team: Family practitioner'))).toBe(true);
    expect(preview.untouched).toEqual(['Locality team › Team manager: not in the file, unchanged']);
    expect(s.teams[0].roles[0].posts).toBe(6);

    const next = preview.scenario!;
    expect(ScenarioSchema.safeParse(next).success).toBe(true);
    const roles = next.teams[0].roles;
    expect(roles.find((r) => r.name === 'Social worker')?.posts).toBe(5.5);
    const fp = roles.find((r) => r.name === 'Family practitioner')!;
    expect(fp).toMatchObject({ category: 'aq_practitioner', posts: 3, costPerFte: 38000 });
    expect(fp.activities.length).toBeGreaterThan(0);
    expect(next.sources['teams[0].roles[2].costPerFte']).toBeUndefined();
  });

  it('adds a team the scenario does not have', () => {
    const preview = previewImport('establishment', scenario(), 'team,role,category,posts,cost\nEdge of care,Volunteer mentor,volunteer,4,1500\n');
    expect(preview.changes.map((c) => c.kind)).toEqual(['add_team', 'add_role']);
    expect(preview.scenario?.teams.map((t) => t.name)).toEqual(['Locality team', 'Edge of care']);
  });

  it('names every missing column and the headings it did find', () => {
    const preview = previewImport('establishment', scenario(), 'team,role,posts\nA,B,1\n');
    expect(preview.fileError).toMatchObject({ code: 'csv_missing_columns' });
    expect(preview.fileError?.message).toMatch(/no "category", "cost" columns.*found were: team, role, posts/);
    expect(preview.scenario).toBeNull();
  });

  it('lists every bad row with its row number, column and what is wrong, and applies nothing', () => {
    const csv = [
      'team,role,category,posts,cost',
      'Locality team,Social worker,,six,',
      'Locality team,Team manager,,-1,',
      ',Nobody,manager,1,1',
      'Locality team,New post,wizard,1,30000',
      'Locality team,Another post,clinician,1,',
    ].join('\n');
    const preview = previewImport('establishment', scenario(), csv);
    expect(preview.scenario).toBeNull();
    expect(preview.errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [2, 'posts', 'csv_bad_number'],
      [3, 'posts', 'csv_bad_number'],
      [4, 'team', 'csv_missing_value'],
      [5, 'category', 'csv_bad_value'],
      [6, 'cost', 'csv_missing_value'],
    ]);
    expect(preview.errors[0].message).toBe('Posts is not a number: "six" (use a number of FTE like 5.5).');
    expect(preview.errors[1].message).toMatch(/at least 0/);
    expect(preview.errors[3].message).toMatch(/"wizard" is not a role category/);
  });

  it('flags a role listed twice', () => {
    const csv = 'team,role,category,posts,cost\nLocality team,Social worker,,5,\nlocality team,social worker,,4,\n';
    expect(previewImport('establishment', scenario(), csv).errors).toMatchObject([{ row: 3, code: 'csv_duplicate_row', message: expect.stringMatching(/also on row 2/) }]);
  });

  it('reports a broken quote as a file error with its row', () => {
    const preview = previewImport('establishment', scenario(), 'team,role,category,posts,cost\n"Locality,Social worker,,5,\n');
    expect(preview.fileError).toMatchObject({ code: 'csv_malformed', row: 2 });
  });

  it('says an empty file or a file of headings only has no data', () => {
    expect(previewImport('establishment', scenario(), '').fileError?.code).toBe('csv_empty');
    expect(previewImport('establishment', scenario(), 'team,role,category,posts,cost\r\n').fileError?.code).toBe('csv_empty');
  });
});

describe('demand CSV', () => {
  it('previews and applies referrals, open cases and children per family by case type', () => {
    const s = scenario();
    const cin = s.caseTypes.find((c) => c.id === 'cin')!;
    const csv = `case type,referrals per week,open cases,children per family\nChild in need,${cin.referralsPerWeek + 1},40,\ncp,,12,2.1\n`;
    const preview = previewImport('demand', s, csv);
    expect(preview.errors).toEqual([]);
    expect(preview.changes.map((c) => c.text)).toContain(`Child in need: referrals per week ${cin.referralsPerWeek} → ${cin.referralsPerWeek + 1}`);
    const next = preview.scenario!;
    expect(next.caseTypes.find((c) => c.id === 'cin')).toMatchObject({ openFamilies: 40, childrenPerFamily: cin.childrenPerFamily });
    expect(next.caseTypes.find((c) => c.id === 'cp')).toMatchObject({ openFamilies: 12, childrenPerFamily: 2.1 });
    expect(preview.untouched).toEqual(['Looked after: not in the file, unchanged']);
  });

  it('names an unknown case type and lists the known ones; flags bad numbers by row and column', () => {
    const csv = 'Case type,Referrals,Open cases,Children per family\nEarly help,1,2,1\nChild in need,lots,2,0.5\n';
    const preview = previewImport('demand', scenario(), csv);
    expect(preview.errors.map((e) => [e.row, e.column, e.code])).toEqual([
      [2, 'Case type', 'csv_unknown_case_type'],
      [3, 'Referrals', 'csv_bad_number'],
      [3, 'Children per family', 'csv_bad_number'],
    ]);
    expect(preview.errors[0].message).toMatch(/no case type "Early help".*Child in need, Child protection, Looked after/);
  });

  it('names a missing column', () => {
    const preview = previewImport('demand', scenario(), 'case type,referrals per week,children per family\ncin,1,1\n');
    expect(preview.fileError?.code).toBe('csv_missing_columns');
    expect(preview.fileError?.message).toMatch(/"open cases"/);
  });
});

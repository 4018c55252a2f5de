import { describe, expect, it } from 'vitest';
import type { DiaryBlock, DiaryWeek } from '../../models/des/diaryRecord';
import { parseCsv } from '../../models/csv';
import { describeBlock, diaryCsv, familyName, type PersonWeek } from '../../renderer/views/diary/diaryData';

const block = (over: Partial<DiaryBlock>): DiaryBlock => ({ person: 0, day: 1, start: 10, end: 11.5, activity: 'case_admin', kind: 'admin', family: null, ...over });

const week: DiaryWeek = {
  replication: 0,
  week: 12,
  people: [{ id: 'team_1/social_worker/1', roleId: 'social_worker', name: 'Social worker 1', fte: 1 }],
  blocks: [block({ family: 4, activity: 'cin_visit', kind: 'direct' }), block({ families: 6 }), block({ activity: 'team_meeting', kind: 'fixed' })],
  labels: { case_admin: 'Case administration', cin_visit: 'Child in need visit', team_meeting: 'Team meeting' },
};

describe('what a diary block says about the families it is for', () => {
  it('names one family, how many families a batch of paperwork was for, or none', () => {
    expect(week.blocks.map(familyName)).toEqual(['for family 5', 'for 6 families', 'not for a family']);
    expect(familyName(block({ families: 1 }))).toBe('for 1 family');
    expect(describeBlock(week, week.blocks[1])).toBe('Case administration, Tuesday 10:00–11:30, for 6 families');
  });

  it('gives the CSV a column for how many families each block was for', () => {
    const people = [{ name: 'Social worker 1', role: 'Social worker' }] as unknown as PersonWeek[];
    const parsed = parseCsv(diaryCsv(week, people));
    if (!parsed.ok) throw new Error(parsed.error.message);
    const [header, ...rows] = parsed.rows;
    const family = header.indexOf('family');
    const families = header.indexOf('families');
    expect(families).toBe(family + 1);
    expect(rows.map((r) => [r[family], r[families]])).toEqual([
      ['5', '1'],
      ['', '6'],
      ['', ''],
    ]);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BLOCK_DIRECT, BLOCK_KINDS, BLOCK_TRAVEL, DAYS, Diary } from '../../../models/des/diary';
import type { BlockSink } from '../../../models/des/diaryRecord';

interface Written {
  day: number;
  start: number;
  end: number;
  kind: number;
  overtime: boolean;
}

/** A diary of one person with every block it writes kept. */
function recordedDiary(): { diary: Diary; blocks: Written[] } {
  const diary = new Diary(1);
  const blocks: Written[] = [];
  const sink: BlockSink = { block: (_p, day, start, end, _a, kind, _f, _late, overtime) => blocks.push({ day, start, end, kind, overtime }) };
  diary.recorder = sink;
  return { diary, blocks };
}

const sum = (list: Written[]) => list.reduce((h, b) => h + b.end - b.start, 0);

// The hours of a visit are counted at once, and its blocks are written apart from that, only in
// the recorded week: what the week's tallies say and what the diary view shows must still agree.
describe('a visit in the diary', () => {
  it('counts the same hours by kind and the same overtime as the blocks it writes (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 4, max: 9, noNaN: true }),
        fc.double({ min: 0, max: 4, noNaN: true }),
        fc.double({ min: 0, max: 8, noNaN: true }),
        fc.double({ min: 0.5, max: 3, noNaN: true }),
        fc.double({ min: 0, max: 1.5, noNaN: true }),
        (dayLength, overtime, alreadyBusy, hours, travel) => {
          const { diary, blocks } = recordedDiary();
          for (let d = 0; d < 5; d++) diary.openDay(0, d, 9, 9 + dayLength, overtime);
          diary.fill(0, alreadyBusy, 0, false, 1, 0, 0, Infinity);
          blocks.length = 0;
          const before = Array.from(diary.hours);
          const overtimeBefore = diary.overtime[0];
          const at = diary.takeWhole(0, hours + travel, 0, true);
          if (at < 0) return;
          const day = Math.floor(at / 24);
          diary.tallyVisit(0, day, at - day * 24, hours, travel, BLOCK_DIRECT, 3, 7, Infinity, 9);
          const added = (k: number) => diary.hours[k] - before[k];
          expect(added(BLOCK_DIRECT)).toBeCloseTo(sum(blocks.filter((b) => b.kind === BLOCK_DIRECT)), 9);
          expect(added(BLOCK_TRAVEL)).toBeCloseTo(sum(blocks.filter((b) => b.kind === BLOCK_TRAVEL)), 9);
          for (let k = 0; k < BLOCK_KINDS; k++) if (k !== BLOCK_DIRECT && k !== BLOCK_TRAVEL) expect(added(k)).toBe(0);
          expect(diary.overtime[0] - overtimeBefore).toBeCloseTo(sum(blocks.filter((b) => b.overtime)), 9);
          // Travel, the visit, travel: one unbroken stretch from where the diary gave it.
          const ordered = [...blocks].sort((a, b) => a.start - b.start);
          expect(ordered[0].start).toBeCloseTo(at - day * 24, 9);
          for (let i = 1; i < ordered.length; i++) expect(ordered[i].start).toBeCloseTo(ordered[i - 1].end, 9);
          expect(ordered.at(-1)!.end).toBeCloseTo(at - day * 24 + hours + travel, 9);
          expect(diary.lastEnd).toBeCloseTo(at + hours + travel, 9);
          // Overtime is the end of the stretch, never its start followed by regular time.
          const firstOvertime = ordered.findIndex((b) => b.overtime);
          if (firstOvertime >= 0) expect(ordered.slice(firstOvertime).every((b) => b.overtime)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('runs on into overtime when no day has a long enough stretch, and says how much of it was overtime', () => {
    const { diary, blocks } = recordedDiary();
    // A one-day week, full until 15:00: a 2-hour visit with an hour's travel needs until 18:00.
    diary.openDay(0, 0, 9, 16, 2);
    diary.fill(0, 6, 0, false, 1, 0, 0, Infinity);
    blocks.length = 0;
    const at = diary.takeWhole(0, 3, 0, true);
    expect(at).toBe(15);
    diary.tallyVisit(0, 0, 15, 2, 1, BLOCK_DIRECT, 3, 7, Infinity, 9);
    expect(diary.overtime[0]).toBeCloseTo(2, 9);
    expect(diary.hours[BLOCK_TRAVEL]).toBeCloseTo(1, 9);
    // 15:00–15:30 travel, 15:30–16:00 visit, 16:00–17:30 visit in overtime, 17:30–18:00 travel in overtime.
    expect(blocks.map((b) => [b.start, b.end, b.kind, b.overtime])).toEqual([
      [15, 15.5, BLOCK_TRAVEL, false],
      [15.5, 16, BLOCK_DIRECT, false],
      [16, 17.5, BLOCK_DIRECT, true],
      [17.5, 18, BLOCK_TRAVEL, true],
    ]);
  });
});

// takeWhole starts its search of regular time at the first day fill found open, but overtime may
// be left on a day whose regular time is gone: a visit late in a full week must still find it.
describe('a visit in a week already filled', () => {
  function openWeek(): Diary {
    const diary = new Diary(1);
    for (let d = 0; d < DAYS; d++) diary.openDay(0, d, 9, 17, 3);
    return diary;
  }

  it('takes regular time on the first open day after the full ones', () => {
    const diary = openWeek();
    expect(diary.fill(0, 8, 0, true, BLOCK_DIRECT, 0, 0, Infinity)).toBe(0);
    expect(diary.fill(0, 0.5, 0, true, BLOCK_DIRECT, 0, 0, Infinity)).toBe(0);
    // Monday is full and Tuesday's first half hour taken: the stretch starts Tuesday 09:30.
    expect(diary.takeWhole(0, 2, 0, true)).toBe(24 + 9.5);
  });

  it('runs on into the overtime left on Monday once every day is full', () => {
    const diary = openWeek();
    expect(diary.fill(0, 40.5, 0, true, BLOCK_DIRECT, 0, 0, Infinity)).toBe(0);
    expect(diary.fill(0, 0.25, 0, true, BLOCK_DIRECT, 0, 0, Infinity)).toBe(0);
    expect(diary.takeWhole(0, 1, 0, false)).toBe(-1);
    expect(diary.takeWhole(0, 1, 0, true)).toBe(17.75);
    expect(diary.overtimeFrom).toBe(17.75);
  });
});

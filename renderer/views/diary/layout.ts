/**
 * From a diary week to the Gantt's rows and blocks: the whole team with each person a row
 * across Monday to Friday, or one person with each day a row (before and after).
 */
import type { DiaryBlock, DiaryWeek } from '../../../models/des/diaryRecord';
import type { GanttBlock, GanttRow, GanttSpan } from './DiaryGantt';
import { blockText, clock, DAYS, DAYS_SHORT, dayWindow, describeBlock, kindKey } from './diaryData';

export interface GanttLayout {
  rows: GanttRow[];
  blocks: GanttBlock[];
  domain: [number, number];
  spans: GanttSpan[];
  ticks: { at: number; label: string }[];
}

/** Hours left blank between one day and the next on the week's axis. */
const DAY_GAP = 0.6;

function ganttBlock(week: DiaryWeek, b: DiaryBlock, index: number, row: number, x0: number, charWidth: number): GanttBlock {
  return {
    key: `b${index}`,
    row,
    x0,
    x1: x0 + (b.end - b.start),
    kind: kindKey(b.kind),
    overtime: b.overtime === true,
    text: (width) => blockText(week, b, width, charWidth),
    description: describeBlock(week, b),
  };
}

/** Every person a row; the days side by side, each over the hours anyone worked that week. */
export function teamWeekLayout(week: DiaryWeek, rows: GanttRow[], charWidth = 7): GanttLayout {
  const [lo, hi] = dayWindow(week.blocks);
  const span = hi - lo;
  const dayStart = (d: number) => d * (span + DAY_GAP);
  const blocks = week.blocks.map((b, i) => ganttBlock(week, b, i, b.person, dayStart(b.day) + b.start - lo, charWidth));
  const spans = DAYS.map((day, d) => ({ x0: dayStart(d), x1: dayStart(d) + span, label: day }));
  // A tick at the start and the middle of each day: enough to read a time, few enough not to crowd.
  const mid = lo + Math.round(span / 2);
  const ticks = DAYS.flatMap((_, d) => [
    { at: dayStart(d), label: clock(lo) },
    { at: dayStart(d) + mid - lo, label: clock(mid) },
  ]);
  return { rows, blocks, domain: [0, dayStart(4) + span], spans, ticks };
}

/** One person's week with each day a row, over the hours of the day (the before-and-after view). */
export function personWeekLayout(week: DiaryWeek, person: number, charWidth = 7, window?: [number, number]): GanttLayout {
  const own = week.blocks.map((b, i) => [b, i] as const).filter(([b]) => b.person === person);
  const [lo, hi] = window ?? dayWindow(own.map(([b]) => b));
  const blocks = own.map(([b, i]) => ganttBlock(week, b, i, b.day, b.start, charWidth));
  const rows = DAYS.map((day, d) => ({ id: day, label: DAYS_SHORT[d]! }));
  const ticks = [];
  for (let h = lo; h <= hi; h += 2) ticks.push({ at: h, label: clock(h) });
  return { rows, blocks, domain: [lo, hi], spans: [{ x0: lo, x1: hi, label: '' }], ticks };
}

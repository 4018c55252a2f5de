/**
 * Reading a simulated week: each block's kind as the charts draw it, what a block says when
 * hovered or focused, each person's totals by kind, and the week as CSV. Pure functions, so the
 * view and its table agree with each other and with the result.
 */
import type { BlockKind, DiaryBlock, DiaryWeek } from '../../../models/des/diaryRecord';
import type { HoursKey } from '../../../models/result';
import { toCsv } from '../../charts/csv';
import { formatNumber } from '../../format';

export const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'] as const;
export const DAYS_SHORT = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'] as const;

const KIND_KEY: Record<BlockKind, HoursKey> = {
  direct: 'direct',
  case_indirect: 'caseIndirect',
  admin: 'admin',
  meeting: 'meeting',
  travel: 'travel',
  fixed: 'fixed',
  absence: 'absence',
};

/** The kinds a diary can show, in the order of the legend and the totals. */
export const DIARY_KINDS: HoursKey[] = ['direct', 'caseIndirect', 'admin', 'meeting', 'travel', 'fixed', 'absence', 'overtime'];

export const kindKey = (kind: BlockKind): HoursKey => KIND_KEY[kind];
export const blockHours = (b: DiaryBlock): number => b.end - b.start;

/** 9.5 → "09:30": the 24-hour clock of a council diary. */
export function clock(hours: number): string {
  const minutes = Math.round(hours * 60);
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

export const activityName = (week: DiaryWeek, b: DiaryBlock): string => week.labels[b.activity] ?? b.activity;

/** Family slots count from 0 in the result; people count from 1. A week's paperwork is done in batches across families. */
export function familyName(b: DiaryBlock): string {
  if (b.family !== null) return `for family ${b.family + 1}`;
  return b.families ? `for ${b.families} ${b.families === 1 ? 'family' : 'families'}` : 'not for a family';
}

/** What a block is, when and for whom: the tooltip and the name a screen reader hears. */
export function describeBlock(week: DiaryWeek, b: DiaryBlock): string {
  const flags = [b.overtime ? 'overtime' : null, b.late ? 'late (past its due date)' : null].filter(Boolean);
  return `${activityName(week, b)}, ${DAYS[b.day]} ${clock(b.start)}–${clock(b.end)}, ${familyName(b)}${flags.length ? `, ${flags.join(', ')}` : ''}`;
}

/** The words drawn inside a block when they fit: the activity's name, or its kind's short word. */
export function blockText(week: DiaryWeek, b: DiaryBlock, width: number, charWidth = 7): string {
  const full = activityName(week, b);
  const short = SHORT[b.kind] ?? full;
  const fits = (text: string) => text.length * charWidth + 8 <= width;
  if (fits(full)) return full;
  const firstWords = full.split(/[:(,]/)[0]!.trim();
  if (fits(firstWords)) return firstWords;
  return fits(short) ? short : '';
}

const SHORT: Partial<Record<BlockKind, string>> = {
  direct: 'Family',
  case_indirect: 'Case',
  admin: 'Admin',
  meeting: 'Mtg',
  travel: 'Trvl',
  absence: 'Away',
};

export type KindTotals = Record<HoursKey, number>;

const emptyTotals = (): KindTotals => ({ direct: 0, caseIndirect: 0, admin: 0, meeting: 0, travel: 0, fixed: 0, absence: 0, idle: 0, overtime: 0 });

export interface PersonWeek {
  index: number;
  name: string;
  role: string;
  fte: number;
  blocks: DiaryBlock[];
  /** Hours by kind; overtime is counted in its kind and again under `overtime`. */
  totals: KindTotals;
  /** Hours in the diary, away time included. */
  hours: number;
  /** Time with families as a share of the hours worked (away time left out). */
  directShare: number | null;
}

export function peopleWeeks(week: DiaryWeek, roleNames: Record<string, string>): PersonWeek[] {
  return week.people.map((p, index) => {
    const blocks = week.blocks.filter((b) => b.person === index);
    const totals = emptyTotals();
    for (const b of blocks) {
      totals[kindKey(b.kind)] += blockHours(b);
      if (b.overtime) totals.overtime += blockHours(b);
    }
    const hours = blocks.reduce((sum, b) => sum + blockHours(b), 0);
    const worked = hours - totals.absence;
    return { index, name: p.name, role: roleNames[p.roleId] ?? p.roleId, fte: p.fte, blocks, totals, hours, directShare: worked > 0 ? totals.direct / worked : null };
  });
}

export const hoursText = (h: number): string => `${formatNumber(Math.round(h * 10) / 10)} h`;

/** Every block of the week, one a row, for people who want to work with the diary themselves. */
export function diaryCsv(week: DiaryWeek, people: PersonWeek[]): string {
  const header = ['person', 'role', 'day', 'start', 'end', 'hours', 'activity', 'kind', 'family', 'families', 'overtime', 'late'];
  const rows = week.blocks.map((b) => [
    people[b.person]?.name ?? String(b.person),
    people[b.person]?.role ?? '',
    DAYS[b.day]!,
    clock(b.start),
    clock(b.end),
    Math.round(blockHours(b) * 100) / 100,
    activityName(week, b),
    b.kind,
    b.family === null ? null : b.family + 1,
    b.family === null ? (b.families ?? null) : 1,
    b.overtime ? 'yes' : 'no',
    b.late ? 'yes' : 'no',
  ]);
  return toCsv(header, rows);
}

/** The earliest start and latest end over the week, in whole hours: the span each day is drawn over. */
export function dayWindow(blocks: readonly DiaryBlock[]): [number, number] {
  if (blocks.length === 0) return [9, 17];
  let lo = Infinity;
  let hi = -Infinity;
  for (const b of blocks) {
    lo = Math.min(lo, b.start);
    hi = Math.max(hi, b.end);
  }
  return [Math.floor(lo), Math.ceil(hi)];
}

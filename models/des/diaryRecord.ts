import type { ActivityKind } from '../categories';

/** What a diary block is spent on: work of a kind, a fixed commitment, or time away. */
export type BlockKind = ActivityKind | 'fixed' | 'absence';
const BLOCK_KIND_NAMES: BlockKind[] = ['direct', 'case_indirect', 'admin', 'meeting', 'travel', 'fixed', 'absence'];
export const BLOCK_ABSENCE = 6;

export interface DiaryBlock {
  /** Index into `people`. */
  person: number;
  /** 0 = Monday … 4 = Friday. */
  day: number;
  /** Decimal hours from 00:00 of the day. */
  start: number;
  end: number;
  /** An activity id, a fixed commitment's id, 'travel', or the reason for an absence. */
  activity: string;
  kind: BlockKind;
  /** The family slot the work is for (stable within the week); null for work not for a family. */
  family: number | null;
  /** Paperwork batched across several of the person's families: how many (family is then null). */
  families?: number;
  late?: boolean;
  overtime?: boolean;
}

export interface DiaryPerson {
  id: string;
  roleId: string;
  name: string;
  fte: number;
}

/** One week of one replication, every person's diary: for the diary view and the trainer's replay. */
export interface DiaryWeek {
  replication: number;
  /** Counted like `series.weeks`: 1 is the first week of the run, warm-up included. */
  week: number;
  people: DiaryPerson[];
  blocks: DiaryBlock[];
  /** Display names of the activities and commitments the blocks name. */
  labels: Record<string, string>;
}

/**
 * The `family` a block of paperwork batched across `n` families is placed with: below -1, so it
 * reads as no one family (-1) while the count travels with it to the recorder.
 */
export const batchedFamilies = (n: number): number => -1 - n;

/** Where a diary's blocks go as they are placed. */
export interface BlockSink {
  block(person: number, day: number, start: number, end: number, activity: number, kind: number, family: number, late: boolean, overtime: boolean): void;
}

/**
 * Writes down the blocks of the one recorded week. Only that week has a recorder, so every other
 * week pays a null check per block and nothing more.
 */
export class DiaryRecorder implements BlockSink {
  readonly blocks: DiaryBlock[] = [];

  constructor(
    /** Names of activity indices (then fixed commitments, travel and absences) for `activity`. */
    private readonly activityIds: readonly string[],
  ) {}

  block(person: number, day: number, start: number, end: number, activity: number, kind: number, family: number, late: boolean, overtime: boolean): void {
    if (end - start <= 1e-9) return;
    const b: DiaryBlock = {
      person,
      day,
      start: round(start),
      end: round(end),
      activity: this.activityIds[activity],
      kind: BLOCK_KIND_NAMES[kind],
      family: family >= 0 ? family : null,
    };
    if (family < -1) b.families = -1 - family;
    if (late) b.late = true;
    if (overtime) b.overtime = true;
    this.blocks.push(b);
  }
}

/** Minutes are the finest a diary shows; rounding keeps the JSON short. */
const round = (h: number) => Math.round(h * 6000) / 6000;

import { parseCsv } from '../csv';
import type { CsvFileError, CsvRowError } from './types';

export interface ColumnSpec<K extends string> {
  key: K;
  /** The heading as the documentation gives it. */
  label: string;
  /** Other headings councils use for it, already normalised. */
  aliases: readonly string[];
}

export interface TableRow<K extends string> {
  row: number;
  cells: Record<K, string>;
}

export interface Table<K extends string> {
  /** The heading of each column as the file wrote it, for messages. */
  headings: Record<K, string>;
  rows: TableRow<K>[];
}

/** Case, spaces, underscores, hyphens and a unit in brackets do not matter in a heading. */
export function normaliseHeading(heading: string): string {
  return heading
    .replace(/\(.*?\)/g, '')
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ')
    .trim();
}

/** Parses a CSV file and finds the required columns by heading, in any order. */
export function readTable<K extends string>(text: string, columns: readonly ColumnSpec<K>[], what: string): Table<K> | CsvFileError {
  const parsed = parseCsv(text);
  if (!parsed.ok) return { code: 'csv_malformed', row: parsed.error.row, message: `Row ${parsed.error.row}: ${parsed.error.message}.` };
  const [header, ...body] = parsed.rows;
  if (!header) return { code: 'csv_empty', row: null, message: `The file is empty: ${what} needs a heading row with ${columns.map((c) => c.label).join(', ')}.` };
  const found = header.map(normaliseHeading);
  const index = {} as Record<K, number>;
  const missing: string[] = [];
  for (const c of columns) {
    const i = found.findIndex((h) => h === normaliseHeading(c.label) || c.aliases.includes(h));
    if (i < 0) missing.push(c.label);
    else index[c.key] = i;
  }
  if (missing.length > 0) {
    const list = missing.map((m) => `"${m}"`).join(', ');
    return {
      code: 'csv_missing_columns',
      row: 1,
      message: `The file has no ${list} column${missing.length > 1 ? 's' : ''}. ${what} needs the columns ${columns.map((c) => c.label).join(', ')}; the headings found were: ${header.join(', ') || '(none)'}.`,
    };
  }
  if (body.length === 0) return { code: 'csv_empty', row: null, message: `The file has headings but no rows of data.` };
  const headings = Object.fromEntries(columns.map((c) => [c.key, header[index[c.key]]])) as Record<K, string>;
  const rows = body.map((cells, r) => ({
    row: parsed.lines[r + 1],
    cells: Object.fromEntries(columns.map((c) => [c.key, (cells[index[c.key]] ?? '').trim()])) as Record<K, string>,
  }));
  return { headings, rows };
}

export const isFileError = <K extends string>(t: Table<K> | CsvFileError): t is CsvFileError => 'code' in t;

export interface NumberRule {
  what: string;
  min: number;
  max: number;
  /** e.g. "FTE" or "£ a year", for the message. */
  unit: string;
  example: string;
}

/**
 * A number as people type it in a spreadsheet: "5.5", "32,500", "£32,500". An empty cell is
 * null (the caller decides whether that means "unchanged"); anything else not a number, or out
 * of range, is a row error that quotes the cell.
 */
export function readNumber(cell: string, rule: NumberRule, row: number, column: string): number | null | CsvRowError {
  if (cell === '') return null;
  const cleaned = cell.replace(/^£\s*/, '').replace(/\s+/g, '');
  const plain = /^\d{1,3}(,\d{3})+(\.\d+)?$/.test(cleaned) ? cleaned.replaceAll(',', '') : cleaned;
  const bad = (why: string): CsvRowError => ({ code: 'csv_bad_number', row, column, message: `${rule.what} ${why}: "${cell}" (use a number of ${rule.unit} like ${rule.example}).` });
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(plain)) return bad('is not a number');
  const value = Number(plain);
  if (!Number.isFinite(value)) return bad('is not a number');
  if (value < rule.min) return bad(`must be at least ${rule.min.toLocaleString('en-GB')}`);
  if (value > rule.max) return bad(`must be at most ${rule.max.toLocaleString('en-GB')}`);
  return value;
}

export const isRowError = (v: unknown): v is CsvRowError => typeof v === 'object' && v !== null && 'code' in v;

/** Lower-case, trimmed, single-spaced: how names are matched against the scenario. */
const nameKey = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
export const sameName = (a: string, b: string) => nameKey(a) === nameKey(b);

/** A fresh id from a name, different from every id in `taken`. */
export function idFrom(name: string, taken: Set<string>): string {
  const base =
    name
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '_')
      .replace(/^_+|_+$/g, '')
      .slice(0, 56) || 'item';
  let id = /^[a-z0-9]/.test(base) ? base : `x${base}`;
  for (let n = 2; taken.has(id); n++) id = `${base}_${n}`;
  taken.add(id);
  return id;
}

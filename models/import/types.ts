import type { Scenario } from '../scenario';

/** Faults of a whole CSV file: nothing in it can be used. */
export type CsvFileErrorCode = 'csv_empty' | 'csv_malformed' | 'csv_missing_columns';
/** Faults of one row: the rest of the file is still previewed, so the user sees them all at once. */
export type CsvRowErrorCode = 'csv_bad_number' | 'csv_bad_value' | 'csv_missing_value' | 'csv_unknown_case_type' | 'csv_duplicate_row' | 'csv_invalid_result';

export interface CsvRowError {
  code: CsvRowErrorCode;
  /** The row as a spreadsheet numbers it (the header is row 1). */
  row: number;
  /** The column's heading as written in the file; null when the whole row is at fault. */
  column: string | null;
  message: string;
}

export interface CsvFileError {
  code: CsvFileErrorCode;
  row: number | null;
  message: string;
}

export type ImportKind = 'establishment' | 'demand';

/** One change the import would make, with a sentence for the preview ("Social worker: posts 6 → 5.5"). */
export type ImportChange =
  | { kind: 'set'; row: number; target: string; field: string; from: string | number; to: string | number; text: string }
  | { kind: 'add_team'; row: number; target: string; text: string }
  | { kind: 'add_role'; row: number; target: string; text: string };

export interface ImportPreview {
  kind: ImportKind;
  /** Set when the file cannot be used at all; then there are no changes or row errors. */
  fileError: CsvFileError | null;
  errors: CsvRowError[];
  changes: ImportChange[];
  /** What the scenario has that the file does not mention: left as it is. */
  untouched: string[];
  /** The scenario with every change made, when there are no errors; what "apply" returns. */
  scenario: Scenario | null;
}

import { BOM } from '../../models/csv';
import { writeFileAtomic } from './atomicWrite';
import { readTextFile } from './textFile';

/** Spreadsheets of a council's establishment or demand are small; this guards memory. */
export const MAX_CSV_BYTES = 20 * 1024 * 1024;

export function readCsvFile(path: string): Promise<string> {
  return readTextFile(path, MAX_CSV_BYTES);
}

/** Writes CSV with the BOM Excel needs to read UTF-8 (DESIGN §8), adding it if missing. */
export function writeCsvFile(path: string, csv: string): Promise<void> {
  return writeFileAtomic(path, csv.startsWith(BOM) ? csv : BOM + csv);
}

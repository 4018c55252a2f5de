/**
 * RFC 4180 CSV, pure: parsing what councils export from Excel and LibreOffice (a BOM, CRLF or
 * LF line ends, quoted fields with embedded commas, quotes and line breaks) and writing what
 * those programs open correctly (a BOM so Excel reads UTF-8, CRLF, quotes only where needed).
 */

export const BOM = '\uFEFF';

export interface CsvParseError {
  /** 1-based line of the file where the problem starts, as a spreadsheet numbers rows. */
  row: number;
  message: string;
}

/** `lines[i]` is the file line where `rows[i]` starts, for messages that match a spreadsheet. */
export type CsvParsed = { ok: true; rows: string[][]; lines: number[] } | { ok: false; error: CsvParseError };

/**
 * Splits text into rows of fields. A trailing line break does not make an empty last row, and
 * wholly empty lines are dropped: spreadsheets leave them and they carry no data.
 */
export function parseCsv(text: string): CsvParsed {
  const src = text.startsWith(BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  const lines: number[] = [];
  let row: string[] = [];
  let rowStart = 1;
  let field = '';
  let line = 1;
  let quotedFrom = 0;
  let inQuotes = false;
  let wasQuoted = false;
  const endField = () => {
    row.push(field);
    field = '';
    wasQuoted = false;
  };
  const endRow = () => {
    const blank = row.length === 0 && field === '' && !wasQuoted;
    endField();
    if (!blank) {
      rows.push(row);
      lines.push(rowStart);
    }
    row = [];
  };
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (inQuotes) {
      if (c === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i++;
        } else inQuotes = false;
      } else {
        if (c === '\n') line++;
        field += c;
      }
    } else if (c === '"') {
      if (field !== '' || wasQuoted) {
        return { ok: false, error: { row: line, message: 'a quote in the middle of a field: put the whole field in quotes and double any quote inside it' } };
      }
      inQuotes = true;
      wasQuoted = true;
      quotedFrom = line;
    } else if (c === ',') endField();
    else if (c === '\r' || c === '\n') {
      if (c === '\r' && src[i + 1] === '\n') i++;
      endRow();
      line++;
      rowStart = line;
    } else if (wasQuoted) {
      return { ok: false, error: { row: line, message: 'text after a closing quote: a quoted field must end at a comma or the end of the line' } };
    } else field += c;
  }
  if (inQuotes) return { ok: false, error: { row: quotedFrom, message: 'a quoted field is never closed (a " is missing)' } };
  if (field !== '' || row.length > 0 || wasQuoted) endRow();
  return { ok: true, rows, lines };
}

export type CsvCell = string | number | null;

function cellText(cell: CsvCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  return cell;
}

function quote(text: string): string {
  return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Rows to CSV text with CRLF line ends; `bom` for files Excel must read as UTF-8. */
export function writeCsv(rows: readonly (readonly CsvCell[])[], options: { bom?: boolean } = {}): string {
  // A row of one empty cell is written as "" so that it does not read back as a blank line.
  const line = (r: readonly CsvCell[]) => (r.length === 1 && cellText(r[0]) === '' ? '""' : r.map((c) => quote(cellText(c))).join(','));
  const body = rows.map((r) => line(r) + '\r\n').join('');
  return (options.bom ? BOM : '') + body;
}

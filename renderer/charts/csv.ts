/** RFC 4180 CSV with a UTF-8 BOM (so Excel reads £ and é); `download.ts` saves it. */
export type Cell = string | number | null;

function quote(cell: Cell): string {
  const text = cell === null ? '' : typeof cell === 'number' ? String(cell) : cell;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: string[], rows: Cell[][]): string {
  return `\uFEFF${[header, ...rows].map((row) => row.map(quote).join(',')).join('\r\n')}\r\n`;
}

/** A file name from a scenario name: letters, digits and dashes only. */
export function fileSlug(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'scenario';
}

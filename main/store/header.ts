import { StoreError } from './storeError';

/** The first 16 bytes of every SQLite 3 database file. */
const MAGIC = new TextEncoder().encode('SQLite format 3\0');
const HEADER_SIZE = 100;

export interface SqliteHeader {
  pageSize: number;
  applicationId: number;
  userVersion: number;
}

/**
 * Reads the SQLite header (sqlite.org/fileformat.html §1.3) before SQLite sees the bytes, so a
 * file cut short, a file that is no database at all and an empty file each get their own
 * message rather than SQLite's one "file is not a database".
 */
export function readHeader(bytes: Uint8Array): SqliteHeader {
  if (bytes.length === 0) throw new StoreError('empty_file', 'The file is empty (0 bytes): it holds no project.');
  const prefix = Math.min(bytes.length, MAGIC.length);
  for (let i = 0; i < prefix; i++) {
    if (bytes[i] !== MAGIC[i]) throw new StoreError('not_sqlite', 'This is not a SkillMix project: the file is not an SQLite database.');
  }
  if (bytes.length < HEADER_SIZE) throw truncated(bytes.length, HEADER_SIZE);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const rawPageSize = view.getUint16(16);
  const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
  if (pageSize < 512 || pageSize > 65536 || (pageSize & (pageSize - 1)) !== 0) {
    throw new StoreError('corrupt', `The project file is damaged: its header gives an impossible page size (${rawPageSize}).`);
  }
  // The page count in the header is only trustworthy when this pair matches (fileformat §1.3.7).
  const pageCount = view.getUint32(28);
  const countValid = view.getUint32(24) === view.getUint32(92) && pageCount > 0;
  const expected = countValid ? pageCount * pageSize : 0;
  if (bytes.length < expected) throw truncated(bytes.length, expected);
  if (bytes.length % pageSize !== 0) {
    throw new StoreError('truncated', `The project file is incomplete: ${bytes.length} bytes is not a whole number of ${pageSize}-byte pages.`);
  }
  return { pageSize, applicationId: view.getUint32(68), userVersion: view.getInt32(60) };
}

function truncated(actual: number, expected: number): StoreError {
  return new StoreError(
    'truncated',
    `The project file is incomplete (cut short): it has ${actual.toLocaleString('en-GB')} bytes of the ${expected.toLocaleString('en-GB')} it should have. It may not have finished copying or downloading.`,
  );
}

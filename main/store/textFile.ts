import { readBytes } from './projectFile';

/**
 * A text file as a string. UTF-8 first (a BOM is dropped); Excel's plain "CSV" format saves in
 * the Windows code page instead, so text that is not valid UTF-8 is read as Windows-1252, where
 * "£" and curly quotes come out right rather than as replacement characters.
 */
export async function readTextFile(path: string, limit: number): Promise<string> {
  return decodeText(await readBytes(path, limit));
}

export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

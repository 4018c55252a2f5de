import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import initSqlJs, { type SqlJsStatic } from 'sql.js';

let loading: Promise<SqlJsStatic> | undefined;

/**
 * sql.js, initialised once per process. The WASM bytes are read here and handed over, so it
 * works alike from tsx, vitest and the electron-vite bundle (which leaves node_modules outside
 * the bundle), with no reliance on sql.js guessing where it was loaded from.
 */
export function sqlJs(): Promise<SqlJsStatic> {
  loading ??= initSqlJs({ wasmBinary: wasmBytes() }).catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

function wasmBytes(): ArrayBuffer {
  const require = createRequire(import.meta.url);
  const bytes = readFileSync(require.resolve('sql.js/dist/sql-wasm.wasm'));
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

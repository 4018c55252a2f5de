/**
 * Where the Electron binary is, or why there is none — without `require('electron')`, which
 * starts a download when the binary is missing (Electron ≥ 42 fetches it lazily).
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** @returns {{ found: true, path: string } | { found: false, reason: string }} */
export function findElectronBinary() {
  let packageDir;
  try {
    packageDir = dirname(require.resolve('electron/package.json'));
  } catch {
    return { found: false, reason: 'the electron package is not installed (run npm install)' };
  }
  const pathFile = join(packageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  // Same rule as electron's index.js: an override folder needs no download record.
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (!override && relative === '') {
    return { found: false, reason: 'the Electron binary has not been downloaded (node_modules/electron/path.txt is missing)' };
  }
  const binary = override ? join(override, relative || 'electron') : join(packageDir, 'dist', relative);
  return existsSync(binary)
    ? { found: true, path: binary }
    : { found: false, reason: `the Electron binary is not at ${binary}` };
}

/** Tries Electron's own installer once, quietly; true when a binary is there afterwards. */
export async function tryFetchElectron(timeoutMs = 120_000) {
  const { spawnSync } = await import('node:child_process');
  let installer;
  try {
    installer = join(dirname(require.resolve('electron/package.json')), 'install.js');
  } catch {
    return false;
  }
  spawnSync(process.execPath, [installer], { stdio: 'ignore', timeout: timeoutMs });
  return findElectronBinary().found;
}

/**
 * `npm start`: build, then run the built app (`electron-vite preview`) so the strict CSP holds.
 * Where Electron's binary is missing and cannot be fetched, say so plainly instead of failing
 * with a stack trace from deep inside the electron package.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { findElectronBinary, tryFetchElectron } from './electron-binary.mjs';

const electronVersion = createRequire(import.meta.url)('electron/package.json').version;
const bin = (name) => new URL(`../node_modules/.bin/${name}`, import.meta.url).pathname;

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit' });
  return result.status ?? 1;
}

function explainMissingElectron(reason) {
  console.error(
    [
      '',
      `SkillMix cannot open its window: ${reason}, and it could not be downloaded from here.`,
      'The app was built (out/), and everything else still works: `npm test` checks the models, the',
      'main-process handlers and the built page in Chromium (/usr/bin/chromium) without Electron.',
      'To open the desktop window, run `npm start` on a machine that can reach Electron’s download',
      'server (github.com), or set ELECTRON_MIRROR to a mirror you can reach, or copy an Electron',
      `${electronVersion} build into node_modules/electron/dist and run \`npx install-electron --no\`.`,
      '',
    ].join('\n'),
  );
}

const built = run(bin('electron-vite'), ['build']);
if (built !== 0) process.exit(built);

let binary = findElectronBinary();
if (!binary.found) {
  console.log('Electron’s binary is not here yet; trying to download it once…');
  if (!(await tryFetchElectron())) {
    explainMissingElectron(binary.reason);
    process.exit(1);
  }
  binary = findElectronBinary();
}

process.exit(run(bin('electron-vite'), ['preview', '--skipBuild']));

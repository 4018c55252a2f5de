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
  const paragraph = [
    `SkillMix cannot open its window: ${reason}, and it could not be downloaded from here.`,
    'The app itself was built (out/) and the tests do not need Electron: `npm test` runs the models,',
    'the main-process handlers and the built page in Chromium (/usr/bin/chromium).',
    `To open the desktop window, run \`npm start\` where Electron ${electronVersion} can be downloaded`,
    '(github.com, or a mirror named in ELECTRON_MIRROR), or point ELECTRON_OVERRIDE_DIST_PATH at the',
    'folder of an Electron you already have.',
  ];
  console.error(`\n${paragraph.join('\n')}\n`);
}

const built = run(bin('electron-vite'), ['build']);
if (built !== 0) process.exit(built);

const binary = findElectronBinary();
if (!binary.found) {
  console.log('Electron’s binary is not here yet; trying to download it once…');
  if (!(await tryFetchElectron())) {
    explainMissingElectron(binary.reason);
    process.exit(1);
  }
}

process.exit(run(bin('electron-vite'), ['preview', '--skipBuild']));

/**
 * The child process of store-crash.test.ts: saves version after version of a project to one
 * file as fast as it can, printing each version number once its save has returned, until the
 * parent kills it with SIGKILL.
 */
import { encodeDocument } from '../../main/store/encode';
import { saveProjectFile } from '../../main/store/projectFile';
import { sqlJs } from '../../main/store/sqlJs';
import { crashVersion } from './crashVersions';

const [target, startText] = process.argv.slice(2);

async function main(): Promise<void> {
  // One encode in memory first, so the kills are spread over warm saves rather than the JIT.
  const SQL = await sqlJs();
  encodeDocument(SQL, crashVersion(Number(startText)), { appVersion: '', created: '', modified: '', scenarioTimes: {}, extra: {} });
  process.stdout.write('ready\n');
  for (let i = Number(startText); ; i++) {
    await saveProjectFile(target, crashVersion(i));
    process.stdout.write(`${i}\n`);
  }
}

void main();

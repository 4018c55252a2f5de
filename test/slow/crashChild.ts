/**
 * The child process of store-crash.test.ts: saves version after version of a project to one
 * file as fast as it can, printing each version number once its save has returned, until the
 * parent kills it with SIGKILL.
 */
import { saveProjectFile } from '../../main/store/projectFile';
import { sqlJs } from '../../main/store/sqlJs';
import { crashVersion } from './crashVersions';

const [target, startText] = process.argv.slice(2);

async function main(): Promise<void> {
  await sqlJs();
  process.stdout.write('ready\n');
  for (let i = Number(startText); ; i++) {
    await saveProjectFile(target, crashVersion(i));
    process.stdout.write(`${i}\n`);
  }
}

void main();

import { ok } from '../../models/api';
import { openProjectFile, NEW_FILE, type SaveState } from '../store/projectFile';
import { discardRecoveryCopy, listRecoveryCopies, readRecoveryCopy } from '../store/recovery';
import { sessionOf, switchTo } from './fileSession';
import { openedValue } from './projectFiles';
import { fromStore } from './storeResult';
import type { Implementation } from './types';

export const recoveryList: Implementation<'recovery:list'> = async (_args, ctx) => ok(await listRecoveryCopies(ctx.userDataDir));

/**
 * Brings a recovery copy back as the open project, still unsaved: the copy stays until the
 * user saves, so declining to save after restoring loses nothing either.
 */
export const recoveryRestore: Implementation<'recovery:restore'> = ({ id }, ctx) =>
  fromStore(async () => {
    const copy = await readRecoveryCopy(ctx.userDataDir, id);
    await switchTo(sessionOf(ctx), copy.originalPath, await stateOf(copy.originalPath), id);
    return ok(openedValue(copy.originalPath, copy, true));
  });

/** The original file's own save state, so its created time survives; a fresh one if it is gone. */
async function stateOf(path: string | null): Promise<SaveState> {
  if (!path) return NEW_FILE;
  try {
    const original = await openProjectFile(path);
    return { created: original.info.created || null, saved: original.saved };
  } catch {
    return NEW_FILE;
  }
}

export const recoveryDiscard: Implementation<'recovery:discard'> = ({ id }, ctx) =>
  fromStore(async () => {
    await discardRecoveryCopy(ctx.userDataDir, id);
    return ok(null);
  });

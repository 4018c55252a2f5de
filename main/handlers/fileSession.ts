import { randomUUID } from 'node:crypto';
import type { ProjectDocument } from '../../models/projectDocument';
import { Autosaver } from '../store/autosaver';
import { NEW_FILE, type SaveState } from '../store/projectFile';
import { recoveryId, writeRecoveryCopy } from '../store/recovery';
import type { HandlerContext } from './types';

/** Autosave waits this long after the last change before writing the recovery copy. */
export const AUTOSAVE_DELAY_MS = 1500;

/**
 * What main remembers about the open project between calls: which file Save writes to, what
 * was last saved (for per-scenario timestamps) and where its recovery copy goes. The document
 * itself lives in the renderer.
 */
export interface FileSession {
  path: string | null;
  state: SaveState;
  recoveryId: string;
  autosaver: Autosaver<ProjectDocument>;
}

const sessions = new WeakMap<HandlerContext, FileSession>();

export function sessionOf(ctx: HandlerContext): FileSession {
  let session = sessions.get(ctx);
  if (!session) {
    const created: FileSession = {
      path: null,
      state: NEW_FILE,
      recoveryId: recoveryId(null, randomUUID()),
      autosaver: new Autosaver<ProjectDocument>(
        (doc) => writeRecoveryCopy(ctx.userDataDir, created.recoveryId, doc, created.path),
        ctx.autosaveDelayMs ?? AUTOSAVE_DELAY_MS,
      ),
    };
    session = created;
    sessions.set(ctx, session);
  }
  return session;
}

/** Points the session at another file (or none), dropping autosave work meant for the old one. */
export async function switchTo(session: FileSession, path: string | null, state: SaveState, recovery?: string): Promise<void> {
  await session.autosaver.cancel();
  session.path = path;
  session.state = state;
  session.recoveryId = recovery ?? recoveryId(path, randomUUID());
}

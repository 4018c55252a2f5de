import { basename } from 'node:path';
import { fail, ok } from '../../models/api';
import type { OpenedProject, SavedProject } from '../../models/fileApi';
import { defaultProject } from '../../models/project';
import type { ProjectDocument } from '../../models/projectDocument';
import { openProjectFile, saveProjectFile, type OpenedFile } from '../store/projectFile';
import { addRecent, isRecent, listRecent } from '../store/recentFiles';
import { discardRecoveryCopy, recoveryId } from '../store/recovery';
import { EXTENSIONS } from './fileDialogs';
import { sessionOf, switchTo } from './fileSession';
import { fromStore } from './storeResult';
import type { HandlerContext, Implementation } from './types';

const noDialogs = () => fail('no_dialog', '', 'Files cannot be chosen here: this window has no file dialogs.');

export const projectNew: Implementation<'project:new'> = async (_args, ctx) => {
  const session = sessionOf(ctx);
  await discardRecoveryCopy(ctx.userDataDir, session.recoveryId);
  await switchTo(session, null, { created: null, saved: { times: {}, json: new Map() } });
  return ok(defaultProject());
};

export const projectClose: Implementation<'project:close'> = async (_args, ctx) => {
  const session = sessionOf(ctx);
  await session.autosaver.cancel();
  await discardRecoveryCopy(ctx.userDataDir, session.recoveryId);
  await switchTo(session, null, { created: null, saved: { times: {}, json: new Map() } });
  return ok(null);
};

export const projectOpen: Implementation<'project:open'> = ({ path }, ctx) =>
  fromStore(async () => {
    if (path !== undefined && !(await isRecent(ctx.userDataDir, path))) {
      return fail('forbidden', 'path', 'Only files from the recent-files list can be opened by name.');
    }
    const chosen = path ?? (ctx.dialogs ? await ctx.dialogs.chooseOpen('project') : undefined);
    if (chosen === undefined) return noDialogs();
    if (chosen === null) return ok(null);
    const opened = await openProjectFile(chosen);
    await switchTo(sessionOf(ctx), chosen, { created: opened.info.created || null, saved: opened.saved });
    await addRecent(ctx.userDataDir, chosen);
    return ok(openedValue(chosen, opened, false));
  });

export function openedValue(path: string | null, opened: OpenedFile, recovered: boolean): OpenedProject {
  return { path, fileName: path && basename(path), project: opened.project, results: opened.results, warnings: opened.warnings, recovered };
}

export const projectSave: Implementation<'project:save'> = (doc, ctx) => {
  const session = sessionOf(ctx);
  return session.path ? saveTo(session.path, doc, ctx) : projectSaveAs(doc, ctx);
};

export const projectSaveAs: Implementation<'project:saveAs'> = async (doc, ctx) => {
  if (!ctx.dialogs) return noDialogs();
  const chosen = await ctx.dialogs.chooseSave('project', `${doc.project.name}${EXTENSIONS.project}`);
  return chosen === null ? ok(null) : saveTo(chosen, doc, ctx);
};

/**
 * After a save the recovery copy has nothing left to recover, so it goes; under Save As the
 * state of the old file (its created time) does not carry over to the new one.
 */
function saveTo(path: string, doc: ProjectDocument, ctx: HandlerContext) {
  return fromStore<SavedProject | null>(async () => {
    const session = sessionOf(ctx);
    const previous = path === session.path ? session.state : { ...session.state, created: null };
    const { info, state } = await saveProjectFile(path, doc, previous);
    const oldCopy = session.recoveryId;
    await switchTo(session, path, state, recoveryId(path, ''));
    await discardRecoveryCopy(ctx.userDataDir, oldCopy);
    await discardRecoveryCopy(ctx.userDataDir, session.recoveryId);
    await addRecent(ctx.userDataDir, path);
    return ok({ path, fileName: basename(path), savedAt: info.modified });
  });
}

export const projectRecent: Implementation<'project:recent'> = async (_args, ctx) => ok(await listRecent(ctx.userDataDir));

export const projectAutosave: Implementation<'project:autosave'> = async ({ dirty, ...doc }, ctx) => {
  const session = sessionOf(ctx);
  if (!dirty) {
    // Nothing unsaved (an undo back to the saved state): no copy should be offered at launch.
    await session.autosaver.cancel();
    await discardRecoveryCopy(ctx.userDataDir, session.recoveryId);
    return ok({ scheduled: false });
  }
  session.autosaver.schedule(doc);
  return ok({ scheduled: true });
};

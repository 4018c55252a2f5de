/**
 * The handler map behind `window.api`: the same object `main/index.ts` registers with
 * `ipcMain.handle` and the Playwright harness binds with `exposeBinding`. No `electron` here.
 */
import { CHANNELS, fail, type Channel, type Result } from '../../models/api';
import { appInfo } from './app';
import { guardAll } from './define';
import { projectDefault } from './project';
import { projectAutosave, projectClose, projectNew, projectOpen, projectRecent, projectSave, projectSaveAs } from './projectFiles';
import { reportExportPdf } from './report';
import { recoveryDiscard, recoveryList, recoveryRestore } from './recoveryFiles';
import { scenarioValidate } from './scenario';
import { importCsvApply, importCsvPreview, resultsExportCsv, scenarioExport, scenarioImport } from './transferFiles';
import type { HandlerContext, Handlers } from './types';
import { windowClose, windowSetDirty } from './windowControl';

export type { HandlerContext, Handlers } from './types';
export type { WindowControl } from './windowControl';

export function createHandlers(ctx: HandlerContext): Handlers {
  return guardAll(
    {
      'app:info': appInfo,
      'project:default': projectDefault,
      'scenario:validate': scenarioValidate,
      'project:new': projectNew,
      'project:open': projectOpen,
      'project:save': projectSave,
      'project:saveAs': projectSaveAs,
      'project:recent': projectRecent,
      'project:close': projectClose,
      'project:autosave': projectAutosave,
      'recovery:list': recoveryList,
      'recovery:restore': recoveryRestore,
      'recovery:discard': recoveryDiscard,
      'scenario:import': scenarioImport,
      'scenario:export': scenarioExport,
      'import:csvPreview': importCsvPreview,
      'import:csvApply': importCsvApply,
      'results:exportCsv': resultsExportCsv,
      'report:exportPdf': reportExportPdf,
      'window:setDirty': windowSetDirty,
      'window:close': windowClose,
    },
    ctx,
  );
}

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && (CHANNELS as string[]).includes(name);
}

/** Routes a call by name; a name that is not a channel gets an error result, never a throw. */
export async function dispatch(handlers: Handlers, channel: unknown, args: unknown): Promise<Result<unknown>> {
  if (!isChannel(channel)) {
    return fail('unknown_channel', '', `There is no channel called ${JSON.stringify(String(channel)).slice(0, 80)}.`);
  }
  return handlers[channel](args);
}

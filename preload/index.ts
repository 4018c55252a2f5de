/**
 * The bridge: exactly one object, `window.api`, exposed to the isolated page. It builds to a
 * single CommonJS file because a sandboxed preload can neither load ES modules nor other local
 * files — so it imports only types from `models/api` (no zod at run time) and lists the channel
 * and menu names itself, checked against the contract by the compiler.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { Channel, MenuCommand, WindowApi } from '../models/api';

/** `Record` over the union: adding a channel to the contract fails to compile until it is here. */
const KNOWN_CHANNELS: Record<Channel, true> = {
  'app:info': true,
  'project:default': true,
  'scenario:validate': true,
  'project:new': true,
  'project:open': true,
  'project:save': true,
  'project:saveAs': true,
  'project:recent': true,
  'project:close': true,
  'project:autosave': true,
  'recovery:list': true,
  'recovery:restore': true,
  'recovery:discard': true,
  'scenario:import': true,
  'scenario:export': true,
  'import:csvPreview': true,
  'import:csvApply': true,
  'results:exportCsv': true,
  'report:exportPdf': true,
  'window:setDirty': true,
  'window:close': true,
};

const KNOWN_MENU_COMMANDS: Record<MenuCommand, true> = {
  'file:new': true,
  'file:open': true,
  'file:save': true,
  'file:save-as': true,
  'file:open-recent': true,
  'file:close': true,
  'file:import-scenario': true,
  'file:import-establishment': true,
  'file:import-demand': true,
  'file:export-scenario': true,
  'file:export-results': true,
  'file:save-and-close': true,
  'edit:undo': true,
  'edit:redo': true,
  'help:about': true,
  'help:evidence': true,
};

const MENU_CHANNEL = 'menu:command';

function isKnown<K extends string>(table: Record<K, true>, name: unknown): name is K {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(table, name);
}

const api: WindowApi = {
  invoke(channel, args) {
    if (!isKnown(KNOWN_CHANNELS, channel)) {
      return Promise.resolve({
        ok: false,
        error: { code: 'unknown_channel', path: '', message: `There is no channel called ${String(channel)}.` },
      });
    }
    return ipcRenderer.invoke(channel, args);
  },
  onMenu(callback) {
    // The listener never hands the IpcRendererEvent (and its sender) to the page.
    const listener = (_event: IpcRendererEvent, command: unknown, detail: unknown) => {
      if (isKnown(KNOWN_MENU_COMMANDS, command)) callback(command, typeof detail === 'string' ? detail : undefined);
    };
    ipcRenderer.on(MENU_CHANNEL, listener);
    return () => {
      ipcRenderer.removeListener(MENU_CHANNEL, listener);
    };
  },
};

contextBridge.exposeInMainWorld('api', api);

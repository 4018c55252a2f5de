/**
 * The application menu as plain data. `main/index.ts` turns `command` items into clicks that
 * send `menu:command` to the renderer; everything else is an Electron role. Items whose feature
 * is not built yet are present (so the menu has its usual shape) but disabled.
 */
import { MENU_COMMANDS, type Channel, type MenuCommand } from '../models/api';
import type { RecentFile } from '../models/fileApi';

/** Structurally a subset of Electron's MenuItemConstructorOptions, plus our `command`. */
export interface MenuItemSpec {
  label?: string;
  role?: string;
  type?: 'separator' | 'submenu';
  accelerator?: string;
  enabled?: boolean;
  command?: MenuCommand;
  /** Sent with the command: the path of a recent file. */
  detail?: string;
  /**
   * false: show the shortcut but leave the key to the page, which handles it (Ctrl+Z undoes the
   * document there, and the text being renamed in a field).
   */
  registerAccelerator?: boolean;
  submenu?: MenuItemSpec[];
}

export interface MenuEnvironment {
  isDev: boolean;
  platform: NodeJS.Platform;
  /** The recent-files list, newest first, for File › Open Recent. */
  recent?: readonly RecentFile[];
}

/** Commands whose feature does not exist yet: shown, disabled. Shrinks as features land. */
const NOT_YET_AVAILABLE: readonly MenuCommand[] = ['help:evidence'];

/** Commands whose feature exists. */
export const AVAILABLE_COMMANDS: ReadonlySet<MenuCommand> = new Set(MENU_COMMANDS.filter((c) => !NOT_YET_AVAILABLE.includes(c)));

/** Channels after which the recent-files list may have changed, so the menu is rebuilt. */
export const RECENT_CHANGING_CHANNELS: ReadonlySet<Channel> = new Set<Channel>(['project:open', 'project:save', 'project:saveAs', 'recovery:restore']);

const separator: MenuItemSpec = { type: 'separator' };

function command(label: string, cmd: MenuCommand, accelerator?: string): MenuItemSpec {
  return { label, command: cmd, accelerator, enabled: AVAILABLE_COMMANDS.has(cmd) };
}

/**
 * The page owns these shortcuts (it asks about unsaved changes in its own dialogs), so the menu
 * shows them without registering them: one key press must not act twice.
 */
const pageKey = (item: MenuItemSpec): MenuItemSpec => ({ ...item, registerAccelerator: false });

/** One item a recent file; a file that has gone is listed, marked missing, and cannot be chosen. */
export function recentMenu(recent: readonly RecentFile[]): MenuItemSpec {
  const items: MenuItemSpec[] = recent.map((file) => ({
    label: file.exists ? file.name : `${file.name} (missing)`,
    command: 'file:open-recent',
    detail: file.path,
    enabled: file.exists,
  }));
  return { label: 'Open Recent', enabled: items.length > 0, submenu: items.length > 0 ? items : [{ label: 'No recent files', enabled: false }] };
}

function fileMenu(env: MenuEnvironment): MenuItemSpec {
  return {
    label: '&File',
    submenu: [
      pageKey(command('New', 'file:new', 'CmdOrCtrl+N')),
      pageKey(command('Open…', 'file:open', 'CmdOrCtrl+O')),
      recentMenu(env.recent ?? []),
      separator,
      pageKey(command('Save', 'file:save', 'CmdOrCtrl+S')),
      pageKey(command('Save As…', 'file:save-as', 'CmdOrCtrl+Shift+S')),
      separator,
      {
        label: 'Import',
        submenu: [
          command('Scenario (JSON)…', 'file:import-scenario'),
          command('Establishment (CSV)…', 'file:import-establishment'),
          command('Demand (CSV)…', 'file:import-demand'),
        ],
      },
      {
        label: 'Export',
        submenu: [command('Scenario (JSON)…', 'file:export-scenario'), command('Results (CSV)…', 'file:export-results')],
      },
      separator,
      command('Close', 'file:close'),
      ...(env.platform === 'darwin' ? [] : [separator, { label: 'Quit', role: 'quit' }]),
    ],
  };
}

/**
 * Undo and Redo act on the project document (the renderer's history), so they are commands;
 * the clipboard items stay native roles acting on the focused text field.
 */
function editMenu(): MenuItemSpec {
  return {
    label: '&Edit',
    submenu: [
      { ...command('Undo', 'edit:undo', 'CmdOrCtrl+Z'), registerAccelerator: false },
      { ...command('Redo', 'edit:redo', 'CmdOrCtrl+Shift+Z'), registerAccelerator: false },
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      separator,
      { role: 'selectAll' },
    ],
  };
}

function viewMenu(env: MenuEnvironment): MenuItemSpec {
  const devOnly: MenuItemSpec[] = env.isDev ? [{ role: 'reload' }, { role: 'toggleDevTools' }, separator] : [];
  return {
    label: '&View',
    submenu: [
      ...devOnly,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      separator,
      { role: 'togglefullscreen' },
    ],
  };
}

function helpMenu(): MenuItemSpec {
  return {
    label: '&Help',
    role: 'help',
    submenu: [command('Evidence and sources', 'help:evidence'), separator, command('About SkillMix', 'help:about')],
  };
}

export function buildMenuTemplate(env: MenuEnvironment): MenuItemSpec[] {
  const mac: MenuItemSpec[] =
    env.platform === 'darwin'
      ? [{ label: 'SkillMix', submenu: [command('About SkillMix', 'help:about'), separator, { role: 'quit' }] }]
      : [];
  return [...mac, fileMenu(env), editMenu(), viewMenu(env), helpMenu()];
}

/** Every command the template can send, for the tests and the renderer. */
export function commandsIn(template: MenuItemSpec[]): MenuCommand[] {
  return template.flatMap((item) => [...(item.command ? [item.command] : []), ...commandsIn(item.submenu ?? [])]);
}

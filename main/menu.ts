/**
 * The application menu as plain data. `main/index.ts` turns `command` items into clicks that
 * send `menu:command` to the renderer; everything else is an Electron role. Items whose feature
 * is not built yet are present (so the menu has its usual shape) but disabled.
 */
import type { MenuCommand } from '../models/api';

/** Structurally a subset of Electron's MenuItemConstructorOptions, plus our `command`. */
export interface MenuItemSpec {
  label?: string;
  role?: string;
  type?: 'separator' | 'submenu';
  accelerator?: string;
  enabled?: boolean;
  command?: MenuCommand;
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
}

/** Commands whose feature exists; the rest are shown disabled. Grows as features land. */
export const AVAILABLE_COMMANDS: ReadonlySet<MenuCommand> = new Set<MenuCommand>(['help:about', 'edit:undo', 'edit:redo']);

const separator: MenuItemSpec = { type: 'separator' };

function command(label: string, cmd: MenuCommand, accelerator?: string): MenuItemSpec {
  return { label, command: cmd, accelerator, enabled: AVAILABLE_COMMANDS.has(cmd) };
}

function fileMenu(env: MenuEnvironment): MenuItemSpec {
  return {
    label: '&File',
    submenu: [
      command('New', 'file:new', 'CmdOrCtrl+N'),
      command('Open…', 'file:open', 'CmdOrCtrl+O'),
      { label: 'Open Recent', enabled: false, submenu: [] },
      separator,
      command('Save', 'file:save', 'CmdOrCtrl+S'),
      command('Save As…', 'file:save-as', 'CmdOrCtrl+Shift+S'),
      separator,
      command('Import…', 'file:import'),
      command('Export…', 'file:export'),
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

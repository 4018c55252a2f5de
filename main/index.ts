/**
 * The Electron main process: the only module that imports `electron`. It wires the pure pieces
 * (handler map, security decisions, menu template) to Electron's objects and events.
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, session, shell, type MenuItemConstructorOptions, type WebContents } from 'electron';
import { fileURLToPath } from 'node:url';
import { MENU_CHANNEL, fail, type MenuCommand } from '../models/api';
import { CLOSE_BUTTONS, CLOSE_CANCEL_ID, CloseGuard, closeChoice, closeMessage } from './closeGuard';
import { createHandlers, type WindowControl } from './handlers';
import { FILE_FILTERS, type FileDialogs } from './handlers/fileDialogs';
import { RECENT_CHANGING_CHANNELS, buildMenuTemplate, type MenuItemSpec } from './menu';
import { listRecent } from './store/recentFiles';
import { SIMULATION_JS_FLAGS } from './workers/jitFlags';
import { allowPermission, isAllowedExternalUrl, isTrustedSender, windowOptions, type PageOrigin } from './security';

const devServerUrl = !app.isPackaged ? process.env['ELECTRON_RENDERER_URL'] : undefined;
const page: PageOrigin = devServerUrl
  ? { kind: 'dev', url: devServerUrl }
  : { kind: 'file', indexHtml: fileURLToPath(new URL('../renderer/index.html', import.meta.url)) };
const preloadPath = fileURLToPath(new URL('../preload/index.cjs', import.meta.url));

let mainWindow: BrowserWindow | null = null;
const closeGuard = new CloseGuard();
const userDataDir = () => app.getPath('userData');

/** The window as the handlers see it: the dirty flag for the close prompt, and closing after a save. */
const windowControl: WindowControl = {
  setDirty: (dirty) => closeGuard.setDirty(dirty),
  close() {
    closeGuard.saved();
    finishClosing();
  },
};

function finishClosing(): void {
  if (closeGuard.quitting) app.quit();
  else mainWindow?.close();
}

/** Electron's dialogs, attached to the window, handed to the handlers so they stay electron-free. */
const dialogs: FileDialogs = {
  async chooseOpen(kind) {
    const options: Electron.OpenDialogOptions = { properties: ['openFile'], filters: FILE_FILTERS[kind] };
    const chosen = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
    return chosen.canceled ? null : (chosen.filePaths[0] ?? null);
  },
  async chooseSave(kind, suggestedName) {
    const options: Electron.SaveDialogOptions = { defaultPath: suggestedName, filters: FILE_FILTERS[kind] };
    const chosen = mainWindow ? await dialog.showSaveDialog(mainWindow, options) : await dialog.showSaveDialog(options);
    return chosen.canceled || !chosen.filePath ? null : chosen.filePath;
  },
};

/** The report the window shows, printed with its print styles (A4 from its CSS @page rule). */
async function printToPdf(): Promise<Uint8Array> {
  if (!mainWindow) throw new Error('there is no window to print');
  return mainWindow.webContents.printToPDF({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true });
}

function registerHandlers(): void {
  const handlers = createHandlers({ userDataDir: userDataDir(), dialogs, printToPdf, window: windowControl });
  for (const [channel, handler] of Object.entries(handlers)) {
    ipcMain.handle(channel, async (event, args: unknown) => {
      if (!isTrustedSender(event.senderFrame?.url, page)) {
        return fail('forbidden', '', 'This request did not come from the SkillMix window.');
      }
      const result = await handler(args);
      if (RECENT_CHANGING_CHANNELS.has(channel as never)) void installMenu();
      return result;
    });
  }
}

function openExternally(url: string): void {
  if (isAllowedExternalUrl(url)) void shell.openExternal(url);
}

/** Applied to every web contents, including any a bug or an attacker manages to create. */
function lockDown(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    event.preventDefault();
    openExternally(url);
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openExternally(url);
    return { action: 'deny' };
  });
}

function toElectronMenu(items: MenuItemSpec[]): MenuItemConstructorOptions[] {
  return items.map(({ command, detail, submenu, role, ...rest }) => ({
    ...rest,
    ...(role ? { role: role as MenuItemConstructorOptions['role'] } : {}),
    ...(submenu ? { submenu: toElectronMenu(submenu) } : {}),
    ...(command ? { click: () => sendMenuCommand(command, detail) } : {}),
  }));
}

function sendMenuCommand(command: MenuCommand, detail?: string): void {
  mainWindow?.webContents.send(MENU_CHANNEL, command, detail);
}

/** The application menu, with File › Open Recent built from the recent-files list as it is now. */
async function installMenu(): Promise<void> {
  const recent = await listRecent(userDataDir()).catch(() => []);
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(toElectronMenu(buildMenuTemplate({ isDev: page.kind === 'dev', platform: process.platform, recent }))),
  );
}

/** Closing with unsaved changes asks first; Save hands the saving to the renderer, which holds the document. */
async function askBeforeClosing(window: BrowserWindow): Promise<void> {
  const { response } = await dialog.showMessageBox(window, {
    type: 'question',
    message: closeMessage(window.getTitle()),
    detail: 'Your changes will be lost if you don’t save them.',
    buttons: [...CLOSE_BUTTONS],
    defaultId: 0,
    cancelId: CLOSE_CANCEL_ID,
    noLink: true,
  });
  const next = closeGuard.answer(closeChoice(response));
  if (next === 'close') finishClosing();
  if (next === 'save') sendMenuCommand('file:save-and-close');
}

function createWindow(): void {
  mainWindow = new BrowserWindow(windowOptions(preloadPath));
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  const window = mainWindow;
  window.on('close', (event) => {
    const decision = closeGuard.onClose();
    if (decision === 'allow') return;
    event.preventDefault();
    if (decision === 'ask') void askBeforeClosing(window);
  });
  mainWindow.on('closed', () => {
    mainWindow = null;
    closeGuard.reset();
  });
  if (page.kind === 'dev') void mainWindow.loadURL(page.url);
  else void mainWindow.loadFile(page.indexHtml);
}

// The app runs its replications in the renderer's Web Workers: they get the worker threads' V8 flags.
app.commandLine.appendSwitch('js-flags', SIMULATION_JS_FLAGS.join(' '));

app.on('web-contents-created', (_event, contents) => lockDown(contents));

app.whenReady().then(() => {
  session.defaultSession.setPermissionRequestHandler((_contents, permission, callback) =>
    callback(allowPermission(permission)),
  );
  session.defaultSession.setPermissionCheckHandler((_contents, permission) => allowPermission(permission));
  void installMenu();
  registerHandlers();
  createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
});

// Quitting closes the window, whose 'close' asks about unsaved changes; after that the app quits.
app.on('before-quit', () => {
  closeGuard.quitting = true;
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

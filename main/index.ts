/**
 * The Electron main process: the only module that imports `electron`. It wires the pure pieces
 * (handler map, security decisions, menu template) to Electron's objects and events.
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, session, shell, type MenuItemConstructorOptions, type WebContents } from 'electron';
import { fileURLToPath } from 'node:url';
import { MENU_CHANNEL, fail, type MenuCommand } from '../models/api';
import { createHandlers } from './handlers';
import { FILE_FILTERS, type FileDialogs } from './handlers/fileDialogs';
import { buildMenuTemplate, type MenuItemSpec } from './menu';
import { allowPermission, isAllowedExternalUrl, isTrustedSender, windowOptions, type PageOrigin } from './security';

const devServerUrl = !app.isPackaged ? process.env['ELECTRON_RENDERER_URL'] : undefined;
const page: PageOrigin = devServerUrl
  ? { kind: 'dev', url: devServerUrl }
  : { kind: 'file', indexHtml: fileURLToPath(new URL('../renderer/index.html', import.meta.url)) };
const preloadPath = fileURLToPath(new URL('../preload/index.cjs', import.meta.url));

let mainWindow: BrowserWindow | null = null;

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
  const handlers = createHandlers({ userDataDir: app.getPath('userData'), dialogs, printToPdf });
  for (const [channel, handler] of Object.entries(handlers)) {
    ipcMain.handle(channel, (event, args: unknown) => {
      if (!isTrustedSender(event.senderFrame?.url, page)) {
        return fail('forbidden', '', 'This request did not come from the SkillMix window.');
      }
      return handler(args);
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
  return items.map(({ command, submenu, role, ...rest }) => ({
    ...rest,
    ...(role ? { role: role as MenuItemConstructorOptions['role'] } : {}),
    ...(submenu ? { submenu: toElectronMenu(submenu) } : {}),
    ...(command ? { click: () => sendMenuCommand(command) } : {}),
  }));
}

function sendMenuCommand(command: MenuCommand): void {
  mainWindow?.webContents.send(MENU_CHANNEL, command);
}

function createWindow(): void {
  mainWindow = new BrowserWindow(windowOptions(preloadPath));
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  if (page.kind === 'dev') void mainWindow.loadURL(page.url);
  else void mainWindow.loadFile(page.indexHtml);
}

app.on('web-contents-created', (_event, contents) => lockDown(contents));

app.whenReady().then(() => {
  session.defaultSession.setPermissionRequestHandler((_contents, permission, callback) =>
    callback(allowPermission(permission)),
  );
  session.defaultSession.setPermissionCheckHandler((_contents, permission) => allowPermission(permission));
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(toElectronMenu(buildMenuTemplate({ isDev: page.kind === 'dev', platform: process.platform }))),
  );
  registerHandlers();
  createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

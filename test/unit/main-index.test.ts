/**
 * Runs main/index.ts against a mocked `electron` and checks the wiring: the window gets the
 * secure options, every channel is registered behind the sender check, navigation and new
 * windows are denied, and permissions are refused.
 */
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { SIMULATION_JS_FLAGS } from '../../main/workers/jitFlags';
import { CHANNELS } from '../../models/api';

type Listener = (...args: unknown[]) => unknown;

const state = vi.hoisted(() => ({
  handles: new Map<string, (...args: unknown[]) => unknown>(),
  windows: [] as { options: Record<string, unknown>; loaded: string[] }[],
  appListeners: new Map<string, ((...args: unknown[]) => unknown)[]>(),
  permissionRequest: null as null | ((...args: unknown[]) => unknown),
  permissionCheck: null as null | ((...args: unknown[]) => unknown),
  opened: [] as string[],
  menu: null as unknown,
  switches: [] as [string, string | undefined][],
}));

vi.mock('electron', () => {
  class BrowserWindow {
    static getAllWindows = () => state.windows;
    webContents = { send: vi.fn() };
    constructor(options: Record<string, unknown>) {
      state.windows.push({ options, loaded: [] });
    }
    once() {}
    on() {}
    show() {}
    getTitle() {
      return 'SkillMix';
    }
    loadFile(file: string) {
      state.windows.at(-1)!.loaded.push(file);
      return Promise.resolve();
    }
    loadURL(url: string) {
      state.windows.at(-1)!.loaded.push(url);
      return Promise.resolve();
    }
  }
  const app = {
    isPackaged: true,
    getPath: () => '/tmp/skillmix-user-data',
    on: (event: string, listener: Listener) => {
      state.appListeners.set(event, [...(state.appListeners.get(event) ?? []), listener]);
    },
    whenReady: () => Promise.resolve(),
    quit: vi.fn(),
    commandLine: { appendSwitch: (name: string, value?: string) => state.switches.push([name, value]) },
  };
  return {
    app,
    BrowserWindow,
    ipcMain: { handle: (channel: string, handler: Listener) => state.handles.set(channel, handler) },
    Menu: { buildFromTemplate: (t: unknown) => t, setApplicationMenu: (m: unknown) => (state.menu = m) },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (h: Listener) => (state.permissionRequest = h),
        setPermissionCheckHandler: (h: Listener) => (state.permissionCheck = h),
      },
    },
    shell: { openExternal: (url: string) => state.opened.push(url) },
  };
});

beforeAll(async () => {
  await import('../../main/index');
  await new Promise((resolve) => setTimeout(resolve, 0));
});

function fakeContents() {
  const listeners = new Map<string, Listener>();
  let openHandler: Listener | null = null;
  return {
    on: (event: string, listener: Listener) => listeners.set(event, listener),
    setWindowOpenHandler: (handler: Listener) => (openHandler = handler),
    fire: (event: string, ...args: unknown[]) => listeners.get(event)!(...args),
    open: (url: string) => openHandler!({ url }),
  };
}

describe('main process wiring (electron mocked)', () => {
  it('opens one window with the secure options and the built page', () => {
    expect(state.windows).toHaveLength(1);
    const { options, loaded } = state.windows[0]!;
    expect(options['webPreferences']).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
    expect(String((options['webPreferences'] as { preload: string }).preload)).toMatch(/\/preload\/index\.cjs$/);
    expect(loaded[0]).toMatch(/\/renderer\/index\.html$/);
  });

  it('registers every channel, and refuses senders that are not our page', async () => {
    expect([...state.handles.keys()].sort()).toEqual([...CHANNELS].sort());
    const handler = state.handles.get('app:info')!;
    const page = pathToFileURL(state.windows[0]!.loaded[0]!).href;
    expect(await handler({ senderFrame: { url: page } }, {})).toMatchObject({ ok: true });
    expect(await handler({ senderFrame: { url: 'https://evil.example/' } }, {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await handler({ senderFrame: null }, {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('denies navigation and new windows, opening only allow-listed links outside', () => {
    const contents = fakeContents();
    state.appListeners.get('web-contents-created')![0]!({}, contents);
    const prevent = vi.fn();
    contents.fire('will-navigate', { preventDefault: prevent }, 'https://evil.example/');
    expect(prevent).toHaveBeenCalled();
    expect(contents.open('https://evil.example/')).toEqual({ action: 'deny' });
    expect(contents.open('https://www.gov.uk/guidance')).toEqual({ action: 'deny' });
    expect(state.opened).toEqual(['https://www.gov.uk/guidance']);
    const attach = vi.fn();
    contents.fire('will-attach-webview', { preventDefault: attach });
    expect(attach).toHaveBeenCalled();
  });

  it('refuses every permission request', () => {
    const callback = vi.fn();
    state.permissionRequest!({}, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
    expect(state.permissionCheck!({}, 'notifications')).toBe(false);
  });

  it('adds no Chromium switch but the simulation threads’ V8 inlining budgets', () => {
    expect(state.switches).toEqual([['js-flags', SIMULATION_JS_FLAGS.join(' ')]]);
    expect(SIMULATION_JS_FLAGS.every((flag) => /^--max-inlined-bytecode-size(-cumulative)?=\d+$/.test(flag))).toBe(true);
  });

  it('installs the application menu', async () => {
    await vi.waitFor(() => expect(Array.isArray(state.menu)).toBe(true));
  });
});

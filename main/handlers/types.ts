import type { Channel, ChannelValues, ParsedArgs, Result } from '../../models/api';
import type { FileDialogs } from './fileDialogs';
import type { WindowControl } from './windowControl';

export interface HandlerContext {
  /** Where this user's projects, recovery copies and settings live (a temp folder in tests). */
  userDataDir: string;
  /** Open and Save dialogs (Electron's in the app, a stub in tests); without them, file channels that need a choice answer `no_dialog`. */
  dialogs?: FileDialogs;
  /** The window's page as A4 PDF bytes: Electron's printToPDF in the app, Chromium's page.pdf in tests. */
  printToPdf?: () => Promise<Uint8Array>;
  /** The window the dirty flag and close requests go to (Electron's in the app, a recorder in tests). */
  window?: WindowControl;
  /** How long autosave waits after the last change; 1.5 s unless a test shortens it. */
  autosaveDelayMs?: number;
}

/** What `main/index.ts` registers and the Playwright harness binds: arguments arrive unchecked. */
export type Handlers = {
  [C in Channel]: (args: unknown) => Promise<Result<ChannelValues[C]>>;
};

/** A channel's implementation sees only arguments its schema has already accepted. */
export type Implementation<C extends Channel> = (
  args: ParsedArgs<C>,
  ctx: HandlerContext,
) => Result<ChannelValues[C]> | Promise<Result<ChannelValues[C]>>;

export type Implementations = { [C in Channel]: Implementation<C> };

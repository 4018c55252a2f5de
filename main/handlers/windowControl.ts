import { ok } from '../../models/api';
import type { Implementation } from './types';

/**
 * What the window channels act on: the window in the app (main/index.ts), a recorder in tests.
 * Without one (the CLI, unit tests of other channels) the calls are accepted and do nothing.
 */
export interface WindowControl {
  setDirty(dirty: boolean): void;
  /** Closes the window, or finishes the quit that the close prompt interrupted. */
  close(): void;
}

export const windowSetDirty: Implementation<'window:setDirty'> = ({ dirty }, ctx) => {
  ctx.window?.setDirty(dirty);
  return ok(null);
};

export const windowClose: Implementation<'window:close'> = (_args, ctx) => {
  ctx.window?.close();
  return ok(null);
};

/**
 * The window channels of the IPC contract, merged into `channelArgs` and `ChannelValues` in
 * api.ts. Main needs the dirty flag for the quit prompt (DESIGN §5); the renderer asks main to
 * close the window once it has saved what the close prompt asked it to save.
 */
import { z } from 'zod';

export const windowChannelArgs = {
  /** Whether the open project has unsaved changes: main asks before closing when it has. */
  'window:setDirty': z.object({ dirty: z.boolean() }).strict(),
  /** Closes the window (or finishes quitting) without asking again: the renderer has just saved. */
  'window:close': z.object({}).strict(),
} as const;

export interface WindowChannelValues {
  'window:setDirty': null;
  'window:close': null;
}

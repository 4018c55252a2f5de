/**
 * The contract between the renderer and the main process (DESIGN §5).
 *
 * Every channel takes one plain-JSON argument object, validated by its schema in `channelArgs`,
 * and resolves to a `Result`: nothing is thrown across the bridge, because Electron rewrites
 * thrown errors into strings and loses their shape.
 *
 * To add a channel: add its argument schema to `channelArgs` and its value type to
 * `ChannelValues`, then implement it in `main/handlers/`; the preload and the handler map fail
 * to type-check until both sides know it.
 */
import { z } from 'zod';
import { fileChannelArgs, type FileChannelValues } from './fileApi';
import { reportChannelArgs, type ReportChannelValues } from './reportApi';
import type { Project } from './project';
import type { ValidationIssue } from './validation';
import { windowChannelArgs, type WindowChannelValues } from './windowApi';

export type { ValidationIssue };

export type ErrorCode =
  /** The arguments did not match the channel's schema; `path` names the field. */
  | 'invalid_args'
  /** No handler is registered for the channel name. */
  | 'unknown_channel'
  /** The request came from a frame that is not our page. */
  | 'forbidden'
  /** A handler failed unexpectedly; the message is safe to show. */
  | 'internal';

export interface ApiError {
  code: ErrorCode | (string & {});
  /** Where the problem is, like `scenario.teams[0].roles[2].posts`; '' for the whole request. */
  path: string;
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ApiError['code'], path: string, message: string): Result<never> => ({
  ok: false,
  error: { code, path, message },
});

/** Channels whose argument is "nothing" still take `{}`, so every call has the same shape. */
const NoArgs = z.object({}).strict();

export const channelArgs = {
  'app:info': NoArgs,
  'project:default': NoArgs,
  /** The scenario is `unknown` here: checking it is the handler's job, and its answer is a value. */
  'scenario:validate': z.object({ scenario: z.unknown() }).strict(),
  ...fileChannelArgs,
  ...reportChannelArgs,
  ...windowChannelArgs,
} as const;

export type Channel = keyof typeof channelArgs;
export const CHANNELS = Object.keys(channelArgs) as Channel[];

export interface AppInfo {
  name: string;
  version: string;
}

export interface ScenarioCheck {
  valid: boolean;
  issues: ValidationIssue[];
}

export interface ChannelValues extends FileChannelValues, ReportChannelValues, WindowChannelValues {
  'app:info': AppInfo;
  'project:default': Project;
  'scenario:validate': ScenarioCheck;
}

export type ChannelArgs<C extends Channel> = z.input<(typeof channelArgs)[C]>;
export type ParsedArgs<C extends Channel> = z.output<(typeof channelArgs)[C]>;

/** The typed map the renderer calls through `window.api.invoke`. */
export type Api = {
  [C in Channel]: (args: ChannelArgs<C>) => Promise<Result<ChannelValues[C]>>;
};

/** Commands the application menu sends to the renderer (`menu:command`). */
export const MENU_COMMANDS = [
  'file:new',
  'file:open',
  'file:save',
  'file:save-as',
  'file:open-recent',
  'file:close',
  'file:import-scenario',
  'file:import-establishment',
  'file:import-demand',
  'file:export-scenario',
  'file:export-results',
  /** The close prompt's "Save": save, then ask main to close with `window:close`. */
  'file:save-and-close',
  'edit:undo',
  'edit:redo',
  'help:about',
  'help:evidence',
] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

export const MENU_CHANNEL = 'menu:command';

/** What the preload exposes as `window.api` (and what the test harness imitates). */
export interface WindowApi {
  invoke<C extends Channel>(channel: C, args: ChannelArgs<C>): Promise<Result<ChannelValues[C]>>;
  /** Subscribes to menu commands; returns the unsubscribe function. `detail` is the path of `file:open-recent`. */
  onMenu(callback: (command: MenuCommand, detail?: string) => void): () => void;
}

/** Keeps `ChannelValues` and `channelArgs` naming the same channels. */
type SameKeys<A, B> = [Exclude<keyof A, keyof B>, Exclude<keyof B, keyof A>] extends [never, never] ? true : never;
const channelMapsAgree: SameKeys<typeof channelArgs, ChannelValues> = true;
void channelMapsAgree;

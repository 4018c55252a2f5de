import type { z } from 'zod';
import { channelArgs, fail, type Channel, type ChannelValues, type Result } from '../../models/api';
import { validate } from '../../models/validation';
import type { HandlerContext, Handlers, Implementation, Implementations } from './types';

/**
 * Wraps one implementation so that, whatever the renderer sends, the answer is a `Result`:
 * arguments are checked against the channel's schema first, and a throw becomes `internal`
 * (the main process must keep running, and Electron would mangle a thrown error anyway).
 */
export function guard<C extends Channel>(
  channel: C,
  implementation: Implementation<C>,
  ctx: HandlerContext,
): (args: unknown) => Promise<Result<ChannelValues[C]>> {
  return async (args) => {
    const checked = validate(channelArgs[channel] as z.ZodType<unknown>, args);
    if (!checked.ok) {
      const first = checked.issues[0];
      return fail('invalid_args', first?.path ?? '', `${channel}: ${first?.message ?? 'invalid arguments'}`);
    }
    try {
      return await implementation(checked.value as never, ctx);
    } catch (error) {
      return fail('internal', '', `${channel} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
}

export function guardAll(implementations: Implementations, ctx: HandlerContext): Handlers {
  const entries = (Object.keys(channelArgs) as Channel[]).map((channel) => [
    channel,
    guard(channel, implementations[channel] as Implementation<typeof channel>, ctx),
  ]);
  return Object.fromEntries(entries) as Handlers;
}

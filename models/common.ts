import { z } from 'zod';

/** Ids are stable keys (entities keyed by id): short, URL- and file-safe. */
export const IdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9_-]{0,63}$/, 'use 1–64 lower-case letters, digits, - or _, starting with a letter or digit');

export const NameSchema = z.string().trim().min(1, 'give a name').max(120, 'use at most 120 characters');

export const share = (what = 'a share') =>
  z.number({ error: `${what} must be a number from 0 to 1` }).min(0, `${what} must be from 0 to 1`).max(1, `${what} must be from 0 to 1`);

export const nonNegative = (what: string, max: number) =>
  z
    .number({ error: `${what} must be a number` })
    .finite()
    .min(0, `${what} cannot be negative`)
    .max(max, `${what} must be at most ${max.toLocaleString('en-GB')}`);

export const positiveNumber = (what: string, max: number) =>
  z
    .number({ error: `${what} must be a number` })
    .finite()
    .positive(`${what} must be more than 0`)
    .max(max, `${what} must be at most ${max.toLocaleString('en-GB')}`);

/** Rejects lists whose entities repeat an id, naming the repeated one. */
export function uniqueIds<T extends { id: string }>(items: T[], ctx: z.RefinementCtx, what: string): void {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id)) {
      ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `${what} id "${item.id}" is used twice` });
    }
    seen.add(item.id);
  });
}

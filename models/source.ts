import { z } from 'zod';

/**
 * Where a default value comes from. Every number the user did not type must be able to say
 * this (DESIGN §2): a publication, a statute, the seed evidence, a named local policy, or a
 * stated assumption — which must then give the plausible range it was chosen from.
 */
export const SOURCE_KINDS = ['publication', 'statute', 'evidence', 'local_policy', 'assumption'] as const;

export const SourceSchema = z
  .object({
    kind: z.enum(SOURCE_KINDS),
    /** Human-readable citation: title, publisher and year, or the statute and regulation. */
    citation: z.string().min(3),
    year: z.number().int().min(1900).max(2100).optional(),
    /** Plausible range for assumptions and local policy; the UI shows it beside the value. */
    range: z.tuple([z.number(), z.number()]).optional(),
    note: z.string().optional(),
  })
  .refine((s) => s.kind !== 'assumption' || s.range !== undefined, {
    message: 'a stated assumption must give the range it was chosen from',
    path: ['range'],
  })
  .refine((s) => !s.range || s.range[0] <= s.range[1], {
    message: 'range must be [low, high] with low ≤ high',
    path: ['range'],
  });
export type Source = z.infer<typeof SourceSchema>;

export function describeSource(source: Source): string {
  const range = source.range ? ` (plausible range ${source.range[0]}–${source.range[1]})` : '';
  const kind = source.kind === 'assumption' ? 'Stated assumption: ' : source.kind === 'local_policy' ? 'Local policy: ' : '';
  return `${kind}${source.citation}${range}`;
}

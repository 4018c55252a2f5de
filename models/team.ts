import { z } from 'zod';
import { IdSchema, NameSchema, uniqueIds } from './common';
import { RoleSchema } from './role';

export const TeamSchema = z.object({
  id: IdSchema,
  name: NameSchema,
  /**
   * A unit (Reclaiming Social Work) holds its caseload together: families are allocated to the
   * unit and any member may do their work; a team allocates each family to one key worker.
   */
  sharedCaseload: z.boolean(),
  roles: z.array(RoleSchema).superRefine((roles, ctx) => uniqueIds(roles, ctx, 'role')),
});
export type Team = z.infer<typeof TeamSchema>;

import { z } from 'zod';

/** The kinds of post DESIGN §2 distinguishes; the order is the order the UI lists them in. */
export const ROLE_CATEGORIES = [
  'qualified_sw',
  'consultant_sw',
  'aq_practitioner',
  'administrator',
  'volunteer',
  'clinician',
  'specialist',
  'manager',
] as const;
export const RoleCategorySchema = z.enum(ROLE_CATEGORIES);
export type RoleCategory = z.infer<typeof RoleCategorySchema>;

export const ROLE_CATEGORY_LABELS: Record<RoleCategory, string> = {
  qualified_sw: 'Qualified social worker',
  consultant_sw: 'Consultant social worker',
  aq_practitioner: 'Family / children’s practitioner',
  administrator: 'Administrator / unit co-ordinator',
  volunteer: 'Volunteer / peer mentor',
  clinician: 'Clinician',
  specialist: 'Adult specialist',
  manager: 'Team manager',
};

/** Categories that hold social work registration: statutory work stays with them. */
export const QUALIFIED_CATEGORIES: readonly RoleCategory[] = ['qualified_sw', 'consultant_sw'];

export const ACTIVITY_KINDS = ['direct', 'case_indirect', 'admin', 'meeting', 'travel'] as const;
export const ActivityKindSchema = z.enum(ACTIVITY_KINDS);
export type ActivityKind = z.infer<typeof ActivityKindSchema>;

export const ACTIVITY_KIND_LABELS: Record<ActivityKind, string> = {
  direct: 'Direct contact',
  case_indirect: 'Case work (indirect)',
  admin: 'Administration',
  meeting: 'Meetings',
  travel: 'Travel',
};

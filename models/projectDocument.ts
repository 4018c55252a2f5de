import { z } from 'zod';
import { ProjectSchema } from './project';
import { CachedResultSchema } from './resultCache';

/**
 * What the renderer hands to main on save and autosave (DESIGN §5: its document is the source
 * of truth): the project and the results worth keeping with it.
 */
export const ProjectDocumentSchema = z.object({
  project: ProjectSchema,
  results: z.array(CachedResultSchema).default([]),
});
export type ProjectDocument = z.output<typeof ProjectDocumentSchema>;

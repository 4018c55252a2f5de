/**
 * The file channels of the IPC contract (project files, recovery, import and export), merged
 * into `channelArgs` and `ChannelValues` in api.ts. Paths never come from the renderer except a
 * path it was given from the recent-files list: main chooses files through its own dialogs.
 */
import { z } from 'zod';
import type { ImportPreview } from './import/types';
import type { Project } from './project';
import { ProjectDocumentSchema } from './projectDocument';
import type { CachedResult } from './resultCache';
import { ResultSchema } from './result';
import { ScenarioSchema, type Scenario } from './scenario';

const NoArgs = z.object({}).strict();
const ImportKindSchema = z.enum(['establishment', 'demand']);

export const fileChannelArgs = {
  'project:new': NoArgs,
  /** Without a path, main asks with an Open dialog; a path must be one of the recent files. */
  'project:open': z.object({ path: z.string().min(1).max(4096).optional() }).strict(),
  /** Saves to the file that is open, or asks where when the project has never been saved. */
  'project:save': ProjectDocumentSchema.strict(),
  'project:saveAs': ProjectDocumentSchema.strict(),
  'project:recent': NoArgs,
  /** The user has already been asked about unsaved changes: closing discards its recovery copy. */
  'project:close': NoArgs,
  /** Sent on every change; the recovery copy is written once changes pause. */
  'project:autosave': ProjectDocumentSchema.extend({ dirty: z.boolean() }).strict(),
  'recovery:list': NoArgs,
  'recovery:restore': z.object({ id: z.string().max(80) }).strict(),
  'recovery:discard': z.object({ id: z.string().max(80) }).strict(),
  'scenario:import': NoArgs,
  'scenario:export': z.object({ scenario: ScenarioSchema }).strict(),
  'import:csvPreview': z.object({ kind: ImportKindSchema, scenario: ScenarioSchema }).strict(),
  'import:csvApply': z.object({ kind: ImportKindSchema, scenario: ScenarioSchema, text: z.string().max(20 * 1024 * 1024) }).strict(),
  'results:exportCsv': z.object({ result: ResultSchema }).strict(),
} as const;

export interface OpenedProject {
  /** The file that Save writes to; null for a project never saved (a restored unsaved one). */
  path: string | null;
  fileName: string | null;
  project: Project;
  results: CachedResult[];
  /** Things dropped on the way in that cost no work, to show once. */
  warnings: string[];
  /** True when this came from a recovery copy: the document starts with unsaved changes. */
  recovered: boolean;
}

export interface SavedProject {
  path: string;
  fileName: string;
  savedAt: string;
}

export interface RecentFile {
  path: string;
  name: string;
  openedAt: string;
  exists: boolean;
}

export interface RecoveryCopyInfo {
  id: string;
  originalPath: string | null;
  projectName: string;
  savedAt: string;
  originalModifiedAt: string | null;
}

export interface CsvImportFile {
  fileName: string;
  /** The file's text, sent back with `import:csvApply` once the user accepts the preview. */
  text: string;
  preview: ImportPreview;
}

export interface ExportedFile {
  path: string;
  fileName: string;
}

/** `null` means the user cancelled a dialog: not an error, nothing happened. */
export interface FileChannelValues {
  'project:new': Project;
  'project:open': OpenedProject | null;
  'project:save': SavedProject | null;
  'project:saveAs': SavedProject | null;
  'project:recent': RecentFile[];
  'project:close': null;
  'project:autosave': { scheduled: boolean };
  'recovery:list': RecoveryCopyInfo[];
  'recovery:restore': OpenedProject;
  'recovery:discard': null;
  'scenario:import': Scenario | null;
  'scenario:export': ExportedFile | null;
  'import:csvPreview': CsvImportFile | null;
  'import:csvApply': Scenario;
  'results:exportCsv': ExportedFile | null;
}

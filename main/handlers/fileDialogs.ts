/**
 * Choosing files is Electron's `dialog`, which only main/index.ts may import; handlers get these
 * two functions through their context instead, so tests pass a stub that names a temp file.
 */
export type FileKind = 'project' | 'scenario' | 'csv' | 'pdf';

export interface FileDialogs {
  /** The file the user picked to open, or null if they cancelled. */
  chooseOpen(kind: FileKind): Promise<string | null>;
  /** Where the user chose to save, or null if they cancelled. */
  chooseSave(kind: FileKind, suggestedName: string): Promise<string | null>;
}

/** The filters each dialog offers, as Electron's `FileFilter` expects them. */
export const FILE_FILTERS: Record<FileKind, { name: string; extensions: string[] }[]> = {
  project: [{ name: 'SkillMix project', extensions: ['skillmix'] }],
  scenario: [{ name: 'SkillMix scenario (JSON)', extensions: ['json'] }],
  csv: [{ name: 'CSV (comma-separated values)', extensions: ['csv'] }],
  pdf: [{ name: 'PDF document', extensions: ['pdf'] }],
};

export const EXTENSIONS: Record<FileKind, string> = { project: '.skillmix', scenario: '.json', csv: '.csv', pdf: '.pdf' };

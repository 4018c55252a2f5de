/**
 * The report channel of the IPC contract, merged into `channelArgs` and `ChannelValues` in
 * api.ts. The renderer sends only a title for the suggested file name: main prints the window
 * it already shows and chooses where to save through its own dialog.
 */
import { z } from 'zod';
import type { ExportedFile } from './fileApi';

export const reportChannelArgs = {
  /** Prints the report the window shows to an A4 PDF; `title` suggests the file name. */
  'report:exportPdf': z.object({ title: z.string().trim().min(1, 'give the report a title').max(200, 'use at most 200 characters') }).strict(),
} as const;

/** `null` means the user cancelled the Save dialog: nothing was written. */
export interface ReportChannelValues {
  'report:exportPdf': ExportedFile | null;
}

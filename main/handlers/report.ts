import { basename } from 'node:path';
import { fail, ok } from '../../models/api';
import { writeFileAtomic } from '../store/atomicWrite';
import { fromStore } from './storeResult';
import { safeFileName } from './transferFiles';
import type { Implementation } from './types';

/** Every PDF file starts with this header; anything else from the printer is not a PDF. */
const PDF_MAGIC = '%PDF-';

function isPdf(bytes: Uint8Array): boolean {
  return bytes.length > PDF_MAGIC.length && String.fromCharCode(...bytes.subarray(0, PDF_MAGIC.length)) === PDF_MAGIC;
}

/**
 * Saves the report the window shows as an A4 PDF where the user chooses. The page is printed
 * only after the Save dialog, so a cancelled export costs nothing, and written atomically, so
 * an earlier PDF of the same name is never left half overwritten.
 */
export const reportExportPdf: Implementation<'report:exportPdf'> = async ({ title }, ctx) => {
  if (!ctx.dialogs) return fail('no_dialog', '', 'Files cannot be chosen here: this window has no file dialogs.');
  if (!ctx.printToPdf) return fail('no_printer', '', 'This window cannot make a PDF.');
  const path = await ctx.dialogs.chooseSave('pdf', safeFileName(title, 'pdf'));
  if (path === null) return ok(null);
  const bytes = await ctx.printToPdf();
  if (!isPdf(bytes)) return fail('print_failed', '', 'The report could not be printed to PDF. Nothing was saved.');
  return fromStore(async () => {
    await writeFileAtomic(path, bytes);
    return ok({ path, fileName: basename(path) });
  });
};

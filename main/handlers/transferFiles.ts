import { basename } from 'node:path';
import { fail, ok, type Result } from '../../models/api';
import type { ExportedFile } from '../../models/fileApi';
import { previewImport } from '../../models/import';
import { resultToCsv } from '../../models/resultCsv';
import { readCsvFile, writeCsvFile } from '../store/csvFile';
import { readScenarioFile, writeScenarioFile } from '../store/scenarioFile';
import { EXTENSIONS, type FileKind } from './fileDialogs';
import { fromStore } from './storeResult';
import type { HandlerContext, Implementation } from './types';

const noDialogs = () => fail('no_dialog', '', 'Files cannot be chosen here: this window has no file dialogs.');

/** A file name from a scenario or project name, without characters file systems refuse. */
export function safeFileName(name: string, kind: FileKind): string {
  const cleaned = name.replace(/[<>:"/\\|?*\u0000-\u001f]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 100) || 'SkillMix';
  return `${cleaned}${EXTENSIONS[kind]}`;
}

async function exportTo(ctx: HandlerContext, kind: FileKind, name: string, write: (path: string) => Promise<void>): Promise<Result<ExportedFile | null>> {
  if (!ctx.dialogs) return noDialogs();
  const path = await ctx.dialogs.chooseSave(kind, safeFileName(name, kind));
  if (path === null) return ok(null);
  return fromStore(async () => {
    await write(path);
    return ok({ path, fileName: basename(path) });
  });
}

export const scenarioImport: Implementation<'scenario:import'> = async (_args, ctx) => {
  if (!ctx.dialogs) return noDialogs();
  const path = await ctx.dialogs.chooseOpen('scenario');
  if (path === null) return ok(null);
  return fromStore(async () => ok(await readScenarioFile(path)));
};

export const scenarioExport: Implementation<'scenario:export'> = ({ scenario }, ctx) =>
  exportTo(ctx, 'scenario', scenario.name, (path) => writeScenarioFile(path, scenario));

export const resultsExportCsv: Implementation<'results:exportCsv'> = ({ result }, ctx) =>
  exportTo(ctx, 'csv', `${result.scenario.name} results`, (path) => writeCsvFile(path, resultToCsv(result)));

/** Reads a council's CSV and shows what it would change; nothing is applied yet. */
export const importCsvPreview: Implementation<'import:csvPreview'> = async ({ kind, scenario }, ctx) => {
  if (!ctx.dialogs) return noDialogs();
  const path = await ctx.dialogs.chooseOpen('csv');
  if (path === null) return ok(null);
  return fromStore(async () => {
    const text = await readCsvFile(path);
    return ok({ fileName: basename(path), text, preview: previewImport(kind, scenario, text) });
  });
};

/** The scenario with the file's changes made, or the first problem if the file has any. */
export const importCsvApply: Implementation<'import:csvApply'> = ({ kind, scenario, text }) => {
  const preview = previewImport(kind, scenario, text);
  if (preview.fileError) return fail(preview.fileError.code, preview.fileError.row ? `row ${preview.fileError.row}` : '', preview.fileError.message);
  const first = preview.errors[0];
  if (first || !preview.scenario) {
    const more = preview.errors.length > 1 ? ` (and ${preview.errors.length - 1} more problems)` : '';
    const where = first ? `row ${first.row}${first.column ? `, ${first.column}` : ''}` : '';
    return fail(first?.code ?? 'csv_invalid_result', where, `${where ? `Row ${first!.row}${first!.column ? `, column "${first!.column}"` : ''}: ` : ''}${first?.message ?? 'the import gave no scenario'}${more}`);
  }
  return ok(preview.scenario);
};

/**
 * The renderer's only way out: typed calls over `window.api` (the preload in the app, a
 * Playwright binding in tests). Nothing here throws; a missing bridge is an error result too.
 */
import type { ExportedFile } from '../models/fileApi';
import type { SimulationResult } from '../models/result';
import type { AppInfo, Channel, ChannelArgs, ChannelValues, MenuCommand, Result, ScenarioCheck, WindowApi } from '../models/api';
import type { Project } from '../models/project';

declare global {
  interface Window {
    api?: WindowApi;
  }
}

export function invoke<C extends Channel>(channel: C, args: ChannelArgs<C>): Promise<Result<ChannelValues[C]>> {
  if (!window.api) {
    return Promise.resolve({
      ok: false,
      error: { code: 'no_bridge', path: '', message: 'SkillMix was opened outside its window, so it cannot reach its data.' },
    });
  }
  return window.api.invoke(channel, args).catch((error: unknown) => ({
    ok: false as const,
    error: { code: 'internal', path: '', message: error instanceof Error ? error.message : String(error) },
  }));
}

export const api = {
  appInfo: (): Promise<Result<AppInfo>> => invoke('app:info', {}),
  defaultProject: (): Promise<Result<Project>> => invoke('project:default', {}),
  validateScenario: (scenario: unknown): Promise<Result<ScenarioCheck>> => invoke('scenario:validate', { scenario }),
  exportResultsCsv: (result: SimulationResult): Promise<Result<ExportedFile | null>> => invoke('results:exportCsv', { result }),
  exportReportPdf: (title: string): Promise<Result<ExportedFile | null>> => invoke('report:exportPdf', { title }),
  onMenu(callback: (command: MenuCommand, detail?: string) => void): () => void {
    return window.api ? window.api.onMenu(callback) : () => undefined;
  },
};

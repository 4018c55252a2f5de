import { useEffect, useRef, type ReactNode } from 'react';
import type { MenuCommand } from '../../models/api';
import { api } from '../api';
import { Header } from '../components/Header';
import { FileMenu } from '../files/FileMenu';
import { useFileShortcuts } from '../files/useFileShortcuts';
import { useProjectFiles, type FileCommands } from '../files/useProjectFiles';
import { Workspace } from '../Workspace';
import { currentResult } from './currentResult';
import type { OpenProject } from './openProject';
import { ResultCacheContext } from './ProjectContext';

interface Props {
  open: OpenProject;
  replace: (next: OpenProject) => void;
  appVersion: string;
  /** The app's header, given the project's part of it (File menu, name, undo). */
  header: (project: ReactNode) => ReactNode;
}

/** The open project in the window: its header controls, its workspace and its file commands. */
export function ProjectShell({ open, replace, appVersion, header }: Props) {
  const { commands, recent, notice, dialogs } = useProjectFiles({ open, replace, currentResult: () => currentResult(open, appVersion) });
  useFileShortcuts(commands);
  useMenuCommands(open, commands);
  return (
    <>
      {header(
        <>
          <FileMenu commands={commands} recent={recent} notice={notice} />
          <Header store={open.store} />
        </>,
      )}
      <ResultCacheContext.Provider value={open.results}>
        <Workspace key={open.serial} store={open.store} appVersion={appVersion} />
      </ResultCacheContext.Provider>
      {dialogs}
    </>
  );
}

/** The application menu's commands that act on the open project. */
function useMenuCommands(open: OpenProject, latest: FileCommands): void {
  // The commands are rebuilt on every render; the subscription reads the newest ones.
  const current = useRef(latest);
  current.current = latest;
  useEffect(
    () =>
      api.onMenu((command: MenuCommand, detail?: string) => {
        const commands = current.current;
        const run: Partial<Record<MenuCommand, () => unknown>> = {
          'edit:undo': open.store.undo,
          'edit:redo': open.store.redo,
          'file:new': commands.newProject,
          'file:open': () => commands.open(),
          'file:open-recent': () => detail && commands.open(detail),
          'file:save': commands.save,
          'file:save-as': commands.saveAs,
          'file:close': commands.close,
          'file:import-scenario': commands.importScenario,
          'file:import-establishment': () => commands.importCsv('establishment'),
          'file:import-demand': () => commands.importCsv('demand'),
          'file:export-scenario': commands.exportScenario,
          'file:export-results': commands.exportResults,
          'file:save-and-close': commands.saveAndClose,
        };
        void run[command]?.();
      }),
    [open],
  );
}

/**
 * The File commands of the page (DESIGN §6 through `window.api`): New, Open, Open Recent, Save,
 * Save As, Close, imports and exports, with the questions and alerts they need. The same
 * commands answer the application menu, the keyboard and the header's File menu.
 */
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import type { ApiError, Result } from '../../models/api';
import type { CsvImportFile, OpenedProject, RecentFile, RecoveryCopyInfo } from '../../models/fileApi';
import type { ImportKind } from '../../models/import/types';
import type { SimulationResult } from '../../models/result';
import { api, invoke } from '../api';
import { currentScenario } from '../document/selectors';
import { openProject, type OpenProject } from '../project/openProject';
import { displayName, windowTitle } from '../project/windowTitle';
import { AlertDialog, type AlertContent } from './dialogs/AlertDialog';
import { CsvPreviewDialog } from './dialogs/CsvPreviewDialog';
import { RecoveryDialog } from './dialogs/RecoveryDialog';
import { UnsavedChangesDialog, type UnsavedChoice } from './dialogs/UnsavedChangesDialog';
import { addImportedScenario, replaceScenario } from './documentEdits';

export interface FileCommands {
  newProject(): Promise<void>;
  open(path?: string): Promise<void>;
  save(): Promise<boolean>;
  saveAs(): Promise<boolean>;
  close(): Promise<void>;
  importScenario(): Promise<void>;
  importCsv(kind: ImportKind): Promise<void>;
  exportScenario(): Promise<void>;
  exportResults(): Promise<void>;
  /** Save, then let main close the window (the answer "Save" to main's close prompt). */
  saveAndClose(): Promise<void>;
}

interface Props {
  open: OpenProject;
  replace: (next: OpenProject) => void;
  /** The result the Results view shows for the open scenario, for Export results. */
  currentResult: () => SimulationResult | null;
}

/** The last file operation, said politely in a live region ("Saved plan.skillmix"). */
export type FileNotice = string | null;

const AUTOSAVE_COALESCE_MS = 300;

export function useProjectFiles({ open, replace, currentResult }: Props): {
  commands: FileCommands;
  recent: RecentFile[];
  notice: FileNotice;
  dialogs: ReactNode;
} {
  const current = useRef(open);
  current.current = open;
  const [recent, setRecent] = useState<RecentFile[]>([]);
  const [notice, setNotice] = useState<FileNotice>(null);
  const [alert, setAlert] = useState<AlertContent | null>(null);
  const [unsaved, setUnsaved] = useState<{ doing: string; answer: (c: UnsavedChoice) => void } | null>(null);
  const [csv, setCsv] = useState<{ kind: ImportKind; file: CsvImportFile } | null>(null);
  const [csvBusy, setCsvBusy] = useState(false);
  const [recovery, setRecovery] = useState<RecoveryCopyInfo[]>([]);
  const busy = useRef(false);

  const refreshRecent = useCallback(async () => {
    const r = await invoke('project:recent', {});
    if (r.ok) setRecent(r.value);
  }, []);

  const fail = (title: string, error: ApiError) => setAlert({ title, message: error.message, code: error.code });

  /** Runs one file command at a time: a second Ctrl+S while a Save As dialog is open does nothing. */
  const exclusive = useCallback(<T,>(work: () => Promise<T>, idle: T) => async (): Promise<T> => {
    if (busy.current) return idle;
    busy.current = true;
    try {
      return await work();
    } finally {
      busy.current = false;
    }
  }, []);

  const projectName = () => displayName(current.current.fileName, current.current.store.getSnapshot().name);

  const askUnsaved = (doing: string) =>
    new Promise<UnsavedChoice>((resolve) =>
      setUnsaved({
        doing,
        answer: (choice) => {
          setUnsaved(null);
          resolve(choice);
        },
      }),
    );

  async function writeProject(channel: 'project:save' | 'project:saveAs'): Promise<boolean> {
    const target = current.current;
    const project = target.store.getSnapshot();
    const ids = new Set(project.scenarios.map((s) => s.id));
    const r = await invoke(channel, { project, results: target.results.forSave(ids) });
    if (!r.ok) {
      fail('The project could not be saved', r.error);
      return false;
    }
    if (r.value === null) return false;
    target.path = r.value.path;
    target.fileName = r.value.fileName;
    // Edits made while the file was being written are not in it: they stay unsaved.
    // (Marking saved also redraws the title, which reads the file name just set.)
    if (target.store.getSnapshot() === project) target.store.markSaved();
    setNotice(`Saved ${r.value.fileName}`);
    void refreshRecent();
    return true;
  }

  /** Before replacing the project: true when it is safe to go on (saved, discarded or clean). */
  async function settleUnsaved(doing: string): Promise<boolean> {
    if (!current.current.store.isDirty()) return true;
    const choice = await askUnsaved(doing);
    if (choice === 'cancel') return false;
    if (choice === 'discard') return true;
    return writeProject('project:save');
  }

  function adopt(opened: OpenedProject): void {
    replace(
      openProject({ project: opened.project, results: opened.results, path: opened.path, fileName: opened.fileName, unsaved: opened.recovered }),
    );
    setNotice(opened.fileName ? `Opened ${opened.fileName}` : `Opened ${opened.project.name}`);
    if (opened.warnings.length > 0) setAlert({ title: 'Opened, with something left out', message: opened.warnings.join(' ') });
  }

  const commands: FileCommands = {
    newProject: exclusive(async () => {
      if (!(await settleUnsaved('starting a new project'))) return;
      const r = await invoke('project:new', {});
      if (!r.ok) return fail('A new project could not be started', r.error);
      replace(openProject({ project: r.value }));
      setNotice('New project');
    }, undefined),
    open: (path?: string) =>
      exclusive(async () => {
        if (!(await settleUnsaved('opening another project'))) return;
        const r = await invoke('project:open', path === undefined ? {} : { path });
        void refreshRecent();
        if (!r.ok) return fail('The project could not be opened', r.error);
        if (r.value) adopt(r.value);
      }, undefined)(),
    save: exclusive(() => writeProject('project:save'), false),
    saveAs: exclusive(() => writeProject('project:saveAs'), false),
    close: exclusive(async () => {
      if (!(await settleUnsaved('closing the project'))) return;
      await invoke('project:close', {});
      const r = await api.defaultProject();
      if (!r.ok) return fail('The project could not be closed', r.error);
      replace(openProject({ project: r.value }));
      setNotice('Project closed');
    }, undefined),
    importScenario: exclusive(async () => {
      const r = await invoke('scenario:import', {});
      if (!r.ok) return fail('The scenario could not be imported', r.error);
      if (!r.value) return;
      addImportedScenario(current.current.store, r.value, r.value.name);
      setNotice(`Imported ${r.value.name}`);
    }, undefined),
    importCsv: (kind: ImportKind) =>
      exclusive(async () => {
        const scenario = currentScenario(current.current.store.getSnapshot());
        if (!scenario) return;
        const r = await invoke('import:csvPreview', { kind, scenario });
        if (!r.ok) return fail(`The ${kind} file could not be read`, r.error);
        if (r.value) setCsv({ kind, file: r.value });
      }, undefined)(),
    exportScenario: exclusive(async () => {
      const scenario = currentScenario(current.current.store.getSnapshot());
      if (!scenario) return;
      report(await invoke('scenario:export', { scenario }), 'The scenario could not be exported');
    }, undefined),
    exportResults: exclusive(async () => {
      const result = currentResult();
      if (!result) return setAlert({ title: 'No results to export', message: 'Fix the problems in the scenario first: the model has no results for it yet.' });
      report(await invoke('results:exportCsv', { result }), 'The results could not be exported');
    }, undefined),
    saveAndClose: async () => {
      if (await commands.save()) await invoke('window:close', {});
    },
  };

  function report(r: Result<{ fileName: string } | null>, title: string): void {
    if (!r.ok) fail(title, r.error);
    else if (r.value) setNotice(`Exported ${r.value.fileName}`);
  }

  async function applyCsv(): Promise<void> {
    if (!csv) return;
    const scenario = currentScenario(current.current.store.getSnapshot());
    if (!scenario) return;
    setCsvBusy(true);
    const r = await invoke('import:csvApply', { kind: csv.kind, scenario, text: csv.file.text });
    setCsvBusy(false);
    if (!r.ok) {
      setCsv(null);
      return fail(`The ${csv.kind} file could not be applied`, r.error);
    }
    replaceScenario(current.current.store, r.value, `Import ${csv.kind} from ${csv.file.fileName}`);
    setNotice(`Imported ${csv.kind} from ${csv.file.fileName}`);
    setCsv(null);
  }

  async function chooseCsvAgain(): Promise<void> {
    if (!csv) return;
    const scenario = currentScenario(current.current.store.getSnapshot());
    if (!scenario) return;
    setCsvBusy(true);
    const r = await invoke('import:csvPreview', { kind: csv.kind, scenario });
    setCsvBusy(false);
    if (!r.ok) {
      setCsv(null);
      return fail(`The ${csv.kind} file could not be read`, r.error);
    }
    if (r.value) setCsv({ kind: csv.kind, file: r.value });
  }

  async function restoreCopy(copy: RecoveryCopyInfo): Promise<void> {
    setRecovery([]);
    const r = await invoke('recovery:restore', { id: copy.id });
    if (!r.ok) return fail('The unsaved work could not be recovered', r.error);
    adopt(r.value);
  }

  async function discardCopy(copy: RecoveryCopyInfo): Promise<void> {
    setRecovery((list) => list.filter((c) => c.id !== copy.id));
    const r = await invoke('recovery:discard', { id: copy.id });
    if (!r.ok) fail('The recovery copy could not be removed', r.error);
  }

  useLaunchChecks(refreshRecent, setRecovery);
  useDocumentSync(open);

  const dialogs = (
    <>
      <UnsavedChangesDialog open={unsaved !== null} projectName={projectName()} doing={unsaved?.doing ?? ''} onChoose={(c) => unsaved?.answer(c)} />
      <CsvPreviewDialog
        kind={csv?.kind ?? 'establishment'}
        file={csv?.file ?? null}
        busy={csvBusy}
        onApply={() => void applyCsv()}
        onChooseAgain={() => void chooseCsvAgain()}
        onCancel={() => setCsv(null)}
      />
      <RecoveryDialog
        copy={recovery[0] ?? null}
        onRestore={() => recovery[0] && void restoreCopy(recovery[0])}
        onDiscard={() => recovery[0] && void discardCopy(recovery[0])}
        onLater={() => setRecovery([])}
      />
      <AlertDialog alert={alert} onClose={() => setAlert(null)} />
    </>
  );
  return { commands, recent, notice, dialogs };
}

/** At launch: the recent files, and any recovery copy newer than its file (recovery:list keeps only those). */
function useLaunchChecks(refreshRecent: () => Promise<void>, setRecovery: (copies: RecoveryCopyInfo[]) => void): void {
  useEffect(() => {
    let live = true;
    void refreshRecent();
    void invoke('recovery:list', {}).then((r) => live && r.ok && setRecovery(r.value));
    return () => {
      live = false;
    };
  }, [refreshRecent, setRecovery]);
}

/**
 * Keeps main and the window in step with the document: the title and its unsaved mark, the
 * dirty flag for main's close prompt, and the whole document sent for autosave after changes.
 */
function useDocumentSync(open: OpenProject): void {
  const { store, results } = open;
  useEffect(() => {
    let sentDirty: boolean | null = null;
    const sync = () => {
      const dirty = store.isDirty();
      document.title = windowTitle(displayName(open.fileName, store.getSnapshot().name), dirty);
      if (dirty !== sentDirty) {
        sentDirty = dirty;
        void invoke('window:setDirty', { dirty });
      }
    };
    sync();
    let timer: ReturnType<typeof setTimeout> | null = null;
    // Main debounces too; this only keeps a burst of keystrokes from each crossing the bridge.
    const autosave = () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = null;
        const project = store.getSnapshot();
        const ids = new Set(project.scenarios.map((s) => s.id));
        void invoke('project:autosave', { project, results: results.forSave(ids), dirty: store.isDirty() });
      }, AUTOSAVE_COALESCE_MS);
    };
    const unsubscribe = store.subscribe(sync);
    const unChange = store.onChange(autosave);
    return () => {
      unsubscribe();
      unChange();
      if (timer) clearTimeout(timer);
    };
  }, [open, store, results]);
}

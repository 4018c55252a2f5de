import { useEffect, useState, type ReactNode } from 'react';
import type { ApiError, AppInfo, MenuCommand } from '../models/api';
import { api } from './api';
import { AboutDialog } from './components/AboutDialog';
import { openProject, type OpenProject } from './project/openProject';
import { ProjectShell } from './project/ProjectShell';

type Load = { state: 'loading' } | { state: 'failed'; error: ApiError } | { state: 'ready'; open: OpenProject };

export function App() {
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [aboutOpen, setAboutOpen] = useState(false);

  useEffect(() => {
    let live = true;
    void api.defaultProject().then((result) => {
      if (!live) return;
      setLoad(result.ok ? { state: 'ready', open: openProject({ project: result.value }) } : { state: 'failed', error: result.error });
    });
    void api.appInfo().then((result) => live && result.ok && setInfo(result.value));
    return () => {
      live = false;
    };
  }, []);

  useEffect(
    () =>
      api.onMenu((command: MenuCommand) => {
        if (command === 'help:about') setAboutOpen(true);
      }),
    [],
  );

  const header = (project?: ReactNode) => (
    <header className="app__header">
      <div className="app__header-inner">
        <span className="app__brand">SkillMix</span>
        {project}
      </div>
    </header>
  );

  return (
    <div className="app">
      {load.state === 'ready' ? (
        <ProjectShell open={load.open} replace={(open) => setLoad({ state: 'ready', open })} appVersion={info?.version ?? 'unknown'} header={header} />
      ) : (
        header()
      )}
      {load.state === 'loading' && (
        <main className="app__main" id="main">
          <p className="muted">Loading the project…</p>
        </main>
      )}
      {load.state === 'failed' && (
        <main className="app__main" id="main">
          <LoadError error={load.error} />
        </main>
      )}
      <AboutDialog info={info} open={aboutOpen} onClose={() => setAboutOpen(false)} />
    </div>
  );
}

function LoadError({ error }: { error: ApiError }) {
  return (
    <div className="notice notice--error" role="alert">
      <h1>The project could not be opened</h1>
      <p>{error.message}</p>
    </div>
  );
}

import { useEffect, useState } from 'react';
import type { ApiError, AppInfo, MenuCommand } from '../models/api';
import { api } from './api';
import { AboutDialog } from './components/AboutDialog';
import { Header } from './components/Header';
import { Workspace } from './Workspace';
import { createDocumentStore, type DocumentStore } from './document/store';

type Load = { state: 'loading' } | { state: 'failed'; error: ApiError } | { state: 'ready'; store: DocumentStore };

export function App() {
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [aboutOpen, setAboutOpen] = useState(false);

  useEffect(() => {
    let live = true;
    void api.defaultProject().then((result) => {
      if (!live) return;
      setLoad(result.ok ? { state: 'ready', store: createDocumentStore(result.value) } : { state: 'failed', error: result.error });
    });
    void api.appInfo().then((result) => live && result.ok && setInfo(result.value));
    return () => {
      live = false;
    };
  }, []);

  const store = load.state === 'ready' ? load.store : null;
  useEffect(
    () =>
      api.onMenu((command: MenuCommand) => {
        if (command === 'help:about') setAboutOpen(true);
        if (command === 'edit:undo') store?.undo();
        if (command === 'edit:redo') store?.redo();
      }),
    [store],
  );

  return (
    <div className="app">
      <header className="app__header">
        <div className="app__header-inner">
          <span className="app__brand">SkillMix</span>
          {store && <Header store={store} />}
        </div>
      </header>
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
      {store && <Workspace store={store} appVersion={info?.version ?? 'unknown'} />}
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

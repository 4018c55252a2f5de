import { useEffect, useState } from 'react';
import type { ApiError, AppInfo, MenuCommand } from '../models/api';
import { api } from './api';
import { AboutDialog } from './components/AboutDialog';
import { Summary } from './components/Summary';
import { TeamTable } from './components/TeamTable';
import { currentScenario } from './document/selectors';
import { createDocumentStore, useDocument, type DocumentStore } from './document/store';

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

  useEffect(
    () =>
      api.onMenu((command: MenuCommand) => {
        if (command === 'help:about') setAboutOpen(true);
      }),
    [],
  );

  return (
    <div className="app">
      <header className="app__header">
        <div className="app__header-inner">
          <span className="app__brand">SkillMix</span>
          {load.state === 'ready' && <ProjectName store={load.store} />}
        </div>
      </header>
      <main className="app__main" id="main">
        {load.state === 'loading' && <p className="muted">Loading the project…</p>}
        {load.state === 'failed' && <LoadError error={load.error} />}
        {load.state === 'ready' && <ScenarioView store={load.store} />}
      </main>
      <AboutDialog info={info} open={aboutOpen} onClose={() => setAboutOpen(false)} />
    </div>
  );
}

function ProjectName({ store }: { store: DocumentStore }) {
  const project = useDocument(store);
  return <span className="app__project">{project.name}</span>;
}

function LoadError({ error }: { error: ApiError }) {
  return (
    <div className="notice notice--error" role="alert">
      <h1>The project could not be opened</h1>
      <p>{error.message}</p>
    </div>
  );
}

function ScenarioView({ store }: { store: DocumentStore }) {
  const project = useDocument(store);
  const scenario = currentScenario(project);
  if (!scenario) return <p>This project has no scenarios yet.</p>;
  return (
    <>
      <div className="scenario__heading">
        <p className="eyebrow">Scenario</p>
        <h1 data-testid="scenario-name">{scenario.name}</h1>
        {scenario.description && <p className="lede">{scenario.description}</p>}
      </div>
      <Summary scenario={scenario} />
      <section aria-labelledby="team-heading" className="section">
        <h2 id="team-heading">Team</h2>
        <p className="hint">
          Change posts, hours, cost or caseload cap; the totals update as you type. A value that is not allowed is
          explained beside the field and is not used until it is corrected.
        </p>
        {scenario.teams.map((team) => (
          <TeamTable key={team.id} store={store} scenario={scenario} team={team} />
        ))}
      </section>
    </>
  );
}

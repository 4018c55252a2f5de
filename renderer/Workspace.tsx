import { useLayoutEffect, useMemo, useState } from 'react';
import type { Scenario } from '../models/scenario';
import { createFieldErrorRegistry, FieldErrorContext, useFieldErrors, type FieldErrorRegistry } from './components/fieldErrors';
import { ErrorSummary } from './components/ErrorSummary';
import { Tabs, type TabSpec } from './components/Tabs';
import { ScenarioContext } from './document/context';
import { currentScenario } from './document/selectors';
import { useUndoShortcuts } from './shortcuts';
import { useDocument, type DocumentStore } from './document/store';
import { runCapacity } from './engine/capacity';
import { EvidenceLibrary } from './sidebar/EvidenceLibrary';
import { ScenarioTree } from './sidebar/ScenarioTree';
import { DemandView } from './views/DemandView';
import { ResultsView } from './views/ResultsView';
import { TeamView } from './views/TeamView';

type TabId = 'team' | 'demand' | 'results';

/** Marks for measuring the time from an edit to redrawn results (see bench/). */
export const MARK_RESULTS = 'skillmix:results-drawn';

/** The planner's workspace: the scenario tree and evidence beside the open scenario's views. */
export function Workspace({ store, appVersion }: { store: DocumentStore; appVersion: string }) {
  useUndoShortcuts(store);
  const project = useDocument(store);
  const scenario = currentScenario(project)!;
  const [tab, setTab] = useState<TabId>('team');
  const [deleted, setDeleted] = useState<string | null>(null);

  return (
    <div className="workspace">
      <aside className="sidebar" aria-label="Project">
        <ScenarioTree store={store} project={project} onDeleted={setDeleted} />
        <EvidenceLibrary store={store} />
      </aside>
      <main className="app__main" id="main">
        <div className="toast-region" role="status">
          {deleted && (
            <div className="toast">
              <span>Deleted “{deleted}”.</span>
              <button
                type="button"
                className="button button--small"
                onClick={() => {
                  store.undo();
                  setDeleted(null);
                }}
              >
                Undo delete
              </button>
              <button type="button" className="button button--small button--quiet" onClick={() => setDeleted(null)}>
                Dismiss
              </button>
            </div>
          )}
        </div>
        {/* Keyed by scenario: half-typed text belongs to the scenario it was typed in. */}
        <ScenarioViews key={scenario.id} store={store} scenario={scenario} parent={parentOf(project.scenarios, scenario)} appVersion={appVersion} tab={tab} onTab={setTab} />
      </main>
    </div>
  );
}

const parentOf = (scenarios: Scenario[], s: Scenario) => (s.parentId ? (scenarios.find((x) => x.id === s.parentId) ?? null) : null);

interface ViewsProps {
  store: DocumentStore;
  scenario: Scenario;
  parent: Scenario | null;
  appVersion: string;
  tab: TabId;
  onTab: (t: TabId) => void;
}

function ScenarioViews({ store, scenario, parent, appVersion, tab, onTab }: ViewsProps) {
  const registries = useMemo(
    () => ({ team: createFieldErrorRegistry(), demand: createFieldErrorRegistry(), results: createFieldErrorRegistry() }),
    [],
  );
  const result = useMemo(() => runCapacity(scenario, parent, appVersion), [scenario, parent, appVersion]);
  useLayoutEffect(() => {
    performance.mark(MARK_RESULTS);
  }, [result]);
  const scope = useMemo(() => ({ store, scenario }), [store, scenario]);

  const panel = (id: TabId, body: React.ReactNode) => (
    <FieldErrorContext.Provider value={registries[id]}>
      <ErrorSummary registry={registries[id]} />
      {body}
    </FieldErrorContext.Provider>
  );
  const tabs: TabSpec<TabId>[] = [
    { id: 'team', label: 'Team', panel: panel('team', <TeamView result={result} />), badge: useBadge(registries.team) },
    { id: 'demand', label: 'Demand & activities', panel: panel('demand', <DemandView />), badge: useBadge(registries.demand) },
    { id: 'results', label: 'Results', panel: panel('results', <ResultsView result={result} />) },
  ];

  return (
    <ScenarioContext.Provider value={scope}>
      <div className="scenario__heading">
        <p className="eyebrow">Scenario{parent ? ` · variant of ${parent.name}` : ''}</p>
        <h1 data-testid="scenario-name">{scenario.name}</h1>
        {scenario.description && <p className="lede">{scenario.description}</p>}
      </div>
      <Tabs label="Scenario views" tabs={tabs} selected={tab} onSelect={onTab} />
    </ScenarioContext.Provider>
  );
}

/** "2 problems" on a tab whose fields hold invalid text, so the person can find them. */
function useBadge(registry: FieldErrorRegistry): string | undefined {
  const errors = useFieldErrors(registry);
  return errors.length === 0 ? undefined : `${errors.length} ${errors.length === 1 ? 'problem' : 'problems'}`;
}

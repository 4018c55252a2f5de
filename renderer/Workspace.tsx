import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Scenario } from '../models/scenario';
import { createFieldErrorRegistry, FieldErrorContext, useFieldErrors, type FieldErrorRegistry } from './components/fieldErrors';
import { ErrorSummary } from './components/ErrorSummary';
import { Tabs, type TabSpec } from './components/Tabs';
import { ScenarioContext } from './document/context';
import { currentScenario } from './document/selectors';
import { useUndoShortcuts } from './shortcuts';
import { useDocument, type DocumentStore } from './document/store';
import type { CapacityResult } from './engine/capacity';
import { evaluate } from './engine/check';
import type { ValidationIssue } from '../models/validation';
import { EvidenceLibrary } from './sidebar/EvidenceLibrary';
import { ScenarioTree } from './sidebar/ScenarioTree';
import { CompareView } from './views/compare/CompareView';
import { BusinessCaseView } from './views/business/BusinessCaseView';
import { DemandView } from './views/DemandView';
import { ExploreView } from './views/explore/ExploreView';
import { ResultsView } from './views/ResultsView';
import { SimulationSection } from './simulation/SimulationSection';
import { useCurrentSimulations } from './project/ProjectContext';
import { useRunProblems } from './simulation/useRunProblems';
import { TeamView } from './views/TeamView';
import { BeforeAfterView } from './views/diary/BeforeAfterView';
import { DiaryView } from './views/diary/DiaryView';
import { TrainerMode } from './views/trainer/TrainerMode';

type TabId = 'team' | 'demand' | 'results' | 'compare' | 'explore' | 'business' | 'diary' | 'before-after';

/** Marks for measuring the time from an edit to redrawn results (see bench/). */
export const MARK_RESULTS = 'skillmix:results-drawn';

/** The planner's workspace: the scenario tree and evidence beside the open scenario's views. */
export function Workspace({ store, appVersion }: { store: DocumentStore; appVersion: string }) {
  useUndoShortcuts(store);
  const project = useDocument(store);
  const scenario = currentScenario(project)!;
  const [tab, setTab] = useState<TabId>('team');
  const [deleted, setDeleted] = useState<string | null>(null);
  const [training, setTraining] = useState(false);

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
        <ScenarioViews key={scenario.id} store={store} scenario={scenario} parent={parentOf(project.scenarios, scenario)} appVersion={appVersion} tab={tab} onTab={setTab} onTrain={() => setTraining(true)} />
      </main>
      {training && <TrainerMode store={store} scenario={scenario} appVersion={appVersion} onLeave={() => setTraining(false)} />}
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
  onTrain: () => void;
}

function ScenarioViews({ store, scenario, parent, appVersion, tab, onTab, onTrain }: ViewsProps) {
  const registries = useMemo(
    () => ({
      team: createFieldErrorRegistry(),
      demand: createFieldErrorRegistry(),
      results: createFieldErrorRegistry(),
      compare: createFieldErrorRegistry(),
      explore: createFieldErrorRegistry(),
      diary: createFieldErrorRegistry(),
      business: createFieldErrorRegistry(),
      'before-after': createFieldErrorRegistry(),
    }),
    [],
  );
  const evaluation = useMemo(() => evaluate(scenario, parent, appVersion), [scenario, parent, appVersion]);
  const simulations = useCurrentSimulations(useDocument(store).scenarios);
  // While the scenario breaks a rule, the views keep showing the last results the model gave.
  const lastGood = useRef<CapacityResult | null>(null);
  if (evaluation.ok) lastGood.current = evaluation.result;
  const result = evaluation.ok ? evaluation.result : lastGood.current;
  useLayoutEffect(() => {
    performance.mark(MARK_RESULTS);
  }, [result]);
  const scope = useMemo(() => ({ store, scenario }), [store, scenario]);
  // Only fields that hold the scenario block a run (not, say, an Explore sweep's range).
  const runProblems = useRunProblems([registries.team, registries.demand, registries.results], evaluation.ok ? [] : evaluation.issues);

  const panel = (id: TabId, body: React.ReactNode) => (
    <FieldErrorContext.Provider value={registries[id]}>
      <ErrorSummary registry={registries[id]} />
      {!evaluation.ok && <ScenarioProblems scenario={scenario} issues={evaluation.issues} />}
      {body}
    </FieldErrorContext.Provider>
  );
  const tabs: TabSpec<TabId>[] = [
    { id: 'team', label: 'Team', panel: panel('team', result && <TeamView result={result} />), badge: useBadge(registries.team) },
    { id: 'demand', label: 'Demand & activities', panel: panel('demand', <DemandView />), badge: useBadge(registries.demand) },
    {
      id: 'results',
      label: 'Results',
      panel: panel('results', <>{result && <ResultsView result={result} />}<SimulationSection parent={parent} appVersion={appVersion} problems={runProblems} active={tab === 'results'} /></>),
    },
    { id: 'compare', label: 'Compare', panel: panel('compare', <CompareView active={tab === 'compare'} simulations={simulations} />) },
    { id: 'explore', label: 'Explore', panel: panel('explore', result && <ExploreView result={result} />), badge: useBadge(registries.explore) },
    { id: 'business', label: 'Business case', panel: panel('business', <BusinessCaseView appVersion={appVersion} active={tab === 'business'} simulation={simulations[scenario.id] ?? null} />), badge: useBadge(registries.business) },
    { id: 'diary', label: 'Diary', panel: panel('diary', <DiaryView active={tab === 'diary'} />) },
    { id: 'before-after', label: 'Before and after', panel: panel('before-after', <BeforeAfterView active={tab === 'before-after'} />) },
  ];

  return (
    <ScenarioContext.Provider value={scope}>
      <div className="scenario__heading">
        <p className="eyebrow">Scenario{parent ? ` · variant of ${parent.name}` : ''}</p>
        <div className="scenario__title-row">
          <h1 data-testid="scenario-name">{scenario.name}</h1>
          <button type="button" className="button button--secondary" onClick={onTrain}>
            Trainer mode
          </button>
        </div>
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

/** Rules that join several fields, broken by the scenario as a whole: results wait until they are fixed. */
function ScenarioProblems({ scenario, issues }: { scenario: Scenario; issues: ValidationIssue[] }) {
  return (
    <div className="error-summary" role="alert" data-testid="scenario-problems">
      <h2 className="error-summary__title">The model cannot use this scenario yet</h2>
      <p className="error-summary__body">The results below are from before this change. Fix these to update them:</p>
      <ul className="error-summary__list error-summary__list--plain">
        {issues.slice(0, 8).map((i) => (
          <li key={`${i.path}:${i.message}`}>
            {i.path && `${where(scenario, i.path)}: `}
            {i.message}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Names the entity a path points into ("Case recording" for `activities[4].delegateTo`). */
function where(scenario: Scenario, path: string): string {
  const role = /^teams\[(\d+)\]\.roles\[(\d+)\]/.exec(path);
  if (role) return scenario.teams[Number(role[1])]?.roles[Number(role[2])]?.name ?? path;
  const activity = /^activities\[(\d+)\]/.exec(path);
  if (activity) return scenario.activities[Number(activity[1])]?.name ?? path;
  const caseType = /^caseTypes\[(\d+)\]/.exec(path);
  if (caseType) return scenario.caseTypes[Number(caseType[1])]?.name ?? path;
  return path;
}

/**
 * The open scenario and the store, for the fields deep in the views: each field needs to write
 * to the document and to read where its current value came from.
 */
import { createContext, useContext } from 'react';
import type { Scenario } from '../../models/scenario';
import type { DocumentStore } from './store';

export interface ScenarioScope {
  store: DocumentStore;
  scenario: Scenario;
}

export const ScenarioContext = createContext<ScenarioScope | null>(null);

export function useScenarioScope(): ScenarioScope {
  const scope = useContext(ScenarioContext);
  if (!scope) throw new Error('useScenarioScope outside a ScenarioContext');
  return scope;
}

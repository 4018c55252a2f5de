import type { z } from 'zod';
import { setScenarioValue } from '../document/actions';
import { useScenarioScope } from '../document/context';
import { getAt } from '../document/paths';
import { NumberField } from './NumberField';

interface Props {
  /** Where the number lives in the scenario, e.g. `caseTypes[1].referralsPerWeek`. */
  path: string;
  label: string;
  schema: z.ZodType<number | null>;
  scale?: number;
  width?: 'narrow' | 'normal';
}

/** A number field bound to one scenario path, with its source and its undo label. */
export function ScenarioNumber({ path, label, schema, scale, width = 'narrow' }: Props) {
  const { store, scenario } = useScenarioScope();
  const value = getAt(scenario, path);
  return (
    <NumberField
      id={`${scenario.id}--${path.replace(/[^a-zA-Z0-9]+/g, '-')}`}
      value={typeof value === 'number' ? value : null}
      schema={schema}
      scale={scale}
      label={label}
      sourcePath={path}
      width={width}
      onCommit={(next, gesture) => setScenarioValue(store, scenario.id, path, next, { label, gesture })}
    />
  );
}

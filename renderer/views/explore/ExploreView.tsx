import { useMemo, useState } from 'react';
import { exploreKpis, sweepParameters, SW_DIRECT_SHARE, type KpiSpec, type Parameter } from '../../../models/analyses';
import { ScenarioSchema } from '../../../models/scenario';
import { useScenarioScope } from '../../document/context';
import type { CapacityResult } from '../../engine/capacity';
import { GoalSeekSection } from './GoalSeekSection';
import { HeatmapSection } from './HeatmapSection';
import { KpiSelect } from './controls';
import { SweepSection } from './SweepSection';
import { TornadoSection } from './TornadoSection';
import './explore.css';

export interface ExploreScope {
  parameters: Parameter[];
  kpi: KpiSpec;
  /** False while the scenario breaks a rule: nothing can be explored until it is fixed. */
  valid: boolean;
}

/** The skilled administrators' posts if there are any, else the first administrator's, else the first parameter. */
export function adminPostsPath(parameters: Parameter[], scenario: { teams: { roles: { category: string; posts: number }[] }[] }): string {
  const admins = scenario.teams.flatMap((t, ti) => t.roles.map((r, ri) => ({ r, path: `teams[${ti}].roles[${ri}].posts` }))).filter((x) => x.r.category === 'administrator');
  admins.sort((a, b) => b.r.posts - a.r.posts);
  return admins[0]?.path ?? parameters[0]!.path;
}

/** Sweeps, a heatmap, sensitivity and goal seek on the open scenario, all run in a Web Worker. */
export function ExploreView({ result }: { result: CapacityResult }) {
  const { scenario } = useScenarioScope();
  const parameters = useMemo(() => sweepParameters(scenario), [scenario]);
  const kpis = useMemo(() => exploreKpis(result), [result]);
  const [kpiId, setKpiId] = useState(() => (kpis.some((k) => k.id === SW_DIRECT_SHARE) && result.roles.some((r) => r.category === 'qualified_sw' || r.category === 'consultant_sw') ? SW_DIRECT_SHARE : kpis[0]!.id));
  const kpi = kpis.find((k) => k.id === kpiId) ?? kpis[0]!;
  const valid = useMemo(() => ScenarioSchema.safeParse(scenario).success, [scenario]);
  const scope: ExploreScope = { parameters, kpi, valid };
  return (
    <>
      <section className="section" aria-labelledby="explore-heading">
        <h2 id="explore-heading">Explore this scenario</h2>
        <p className="hint">
          Move one or two parameters and watch a figure, see which parameters matter most, or find the value that reaches a target. Each run uses the capacity model
          on a copy of the scenario: nothing changes until you create a variant.
        </p>
        <KpiSelect id="explore-kpi" kpis={kpis} value={kpi.id} onChange={setKpiId} />
        {!valid && <p className="notice notice--error">Fix the problems listed above before exploring: the model cannot use this scenario yet.</p>}
      </section>
      <SweepSection scope={scope} />
      <HeatmapSection scope={scope} />
      <TornadoSection scope={scope} />
      <GoalSeekSection scope={scope} />
    </>
  );
}

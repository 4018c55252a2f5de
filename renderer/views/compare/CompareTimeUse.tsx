import type { ShareKey } from '../../../models/result';
import { ChartFigure } from '../../charts/ChartFigure';
import { KIND_STYLES } from '../../charts/kinds';
import { StackedBars } from '../../charts/StackedBars';
import { value } from '../../engine/kpis';
import { formatPercent } from '../../format';
import type { Column } from './CompareView';

const SHARE_KINDS: ShareKey[] = ['direct', 'caseIndirect', 'admin', 'meeting', 'travel', 'fixed', 'idle'];

/** Each role's week in every scenario that has it, one bar per scenario, so the pairs sit together. */
export function CompareTimeUse({ columns }: { columns: Column[] }) {
  const roles = new Map<string, string>();
  for (const c of columns) for (const r of c.result?.roles ?? []) if (!roles.has(r.id)) roles.set(r.id, r.name);
  const title = 'Time use by role';
  const rows = [...roles].flatMap(([roleId, roleName]) =>
    columns.flatMap((c) => {
      const role = c.result?.roles.find((r) => r.id === roleId);
      return role ? [{ roleId, roleName, scenario: c.scenario.name, scenarioId: c.scenario.id, shares: role.shares }] : [];
    }),
  );
  return (
    <ChartFigure
      id="compare-time-use"
      title={title}
      description="Share of worked hours by kind of work: for each role, one bar per scenario that has it."
      chart={
        <div className="compare-time-use">
          {[...roles].map(([roleId, roleName]) => (
            <div key={roleId} className="compare-time-use__role">
              <h4 className="compare-time-use__name">{roleName}</h4>
              <StackedBars
                title={`${title}: ${roleName}`}
                rows={rows
                  .filter((r) => r.roleId === roleId)
                  .map((r) => ({ id: r.scenarioId, label: r.scenario, values: Object.fromEntries(SHARE_KINDS.map((k) => [k, value(r.shares[k])])) }))}
                kinds={SHARE_KINDS}
                format={formatPercent}
                max={1}
                axisLabel="Share of worked hours"
              />
            </div>
          ))}
        </div>
      }
      table={{
        header: ['Role and scenario', ...SHARE_KINDS.map((k) => `${KIND_STYLES[k].label} (%)`)],
        rows: rows.map((r) => [`${r.roleName} — ${r.scenario}`, ...SHARE_KINDS.map((k) => Math.round(value(r.shares[k]) * 1000) / 10)]),
        numeric: [false, ...SHARE_KINDS.map(() => true)],
      }}
      csv={{ filename: 'compare-time-use.csv' }}
    />
  );
}

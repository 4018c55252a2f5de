import type { HoursKey, ShareKey } from '../../models/result';
import type { ActivityKind } from '../../models/scenario';
import { ChartFigure } from '../charts/ChartFigure';
import { fileSlug } from '../charts/csv';
import { downloadText } from '../charts/download';
import { KIND_STYLES } from '../charts/kinds';
import { StackedBars } from '../charts/StackedBars';
import { useScenarioScope } from '../document/context';
import type { CapacityResult } from '../engine/capacity';
import { socialWorkerDirectShare, value } from '../engine/kpis';
import { resultToCsv } from '../../models/resultCsv';
import { formatMoney, formatNumber, formatPercent, formatPercentOne } from '../format';

const SHARE_KINDS: ShareKey[] = ['direct', 'caseIndirect', 'admin', 'meeting', 'travel', 'fixed', 'idle'];
const ACTIVITY_KIND_KEY: Record<ActivityKind, HoursKey> = {
  direct: 'direct',
  case_indirect: 'caseIndirect',
  admin: 'admin',
  meeting: 'meeting',
  travel: 'travel',
};

interface Kpi {
  id: string;
  label: string;
  shown: string;
  detail: string;
  warn?: boolean;
}

function kpis(result: CapacityResult): Kpi[] {
  const t = result.team;
  const m = result.money;
  const direct = socialWorkerDirectShare(result);
  const wait = t.waitForAllocationWeeks === null ? null : value(t.waitForAllocationWeeks);
  const onTime = value(t.statutoryOnTimeShare);
  const carried = value(t.childrenOpen);
  const capacity = value(t.capacityChildren);
  return [
    {
      id: 'sw-direct-share',
      label: 'Social workers’ time with families',
      shown: direct === null ? 'No social workers' : formatPercentOne(direct),
      detail: 'of the hours they work',
    },
    {
      id: 'children-capacity',
      label: 'Children carried against capacity',
      shown: `${formatNumber(Math.round(carried))} of ${formatNumber(Math.round(capacity))}`,
      detail: 'children, weighted caseload',
      warn: carried > capacity + 1e-6,
    },
    { id: 'statutory-on-time', label: 'Statutory work on time', shown: formatShare(onTime), detail: 'of statutory tasks', warn: onTime < 0.999 },
    wait === null
      ? {
          id: 'wait',
          label: 'Wait for allocation',
          shown: `Overloaded by ${formatNumber(round1(value(t.overload)))} children a week`,
          detail: 'demand exceeds what the team can carry',
          warn: true,
        }
      : { id: 'wait', label: 'Wait for allocation', shown: `${formatNumber(round1(wait))} weeks`, detail: 'on average, from referral' },
    { id: 'visits', label: 'Visits per family per month', shown: formatNumber(round1(value(t.visitsPerFamilyPerMonth))), detail: 'all visits' },
    {
      id: 'kw-changes',
      label: 'Key-worker changes',
      shown: formatNumber(Math.round(value(t.keyWorkerChangesPerFamily) * 100) / 100),
      detail: 'per family, over its time open',
    },
    { id: 'cost-family', label: 'Cost per family', shown: m.costPerFamily === null ? 'No families' : formatMoney(value(m.costPerFamily)), detail: 'a year, staff and non-staff' },
    {
      id: 'cost-direct-hour',
      label: 'Cost per direct-contact hour',
      shown: m.costPerDirectHour === null ? 'No direct contact' : formatMoney(value(m.costPerDirectHour)),
      detail: 'staff cost ÷ hours with families',
    },
  ];
}

/** What the team achieves, recomputed by the capacity model on every edit. */
export function ResultsView({ result }: { result: CapacityResult }) {
  const { scenario } = useScenarioScope();
  const slug = fileSlug(scenario.name);
  return (
    <>
      <section className="section" aria-labelledby="kpi-heading">
        <div className="section__head">
          <h2 id="kpi-heading">Key figures</h2>
          <button type="button" className="button button--secondary" onClick={() => downloadText(`${slug}-results.csv`, resultToCsv(result))}>
            Download all results (CSV)
          </button>
        </div>
        <p className="hint">From the capacity model at mean demand; they change as you edit the team or the demand.</p>
        <ul className="kpis" aria-live="polite">
          {kpis(result).map((k) => (
            <li key={k.id} className={k.warn ? 'kpi kpi--warn' : 'kpi'} data-testid={`kpi-${k.id}`}>
              <span className="kpi__label">{k.label}</span>
              <span className="kpi__value" data-testid={`kpi-${k.id}-value`}>
                {k.shown}
              </span>
              <span className="kpi__detail">{k.detail}</span>
            </li>
          ))}
        </ul>
      </section>
      <section className="section" aria-labelledby="time-use-heading">
        <h2 id="time-use-heading">Time use by role</h2>
        <TimeUseChart result={result} slug={slug} />
      </section>
      <section className="section" aria-labelledby="unmet-heading">
        <h2 id="unmet-heading">Unmet hours by activity</h2>
        <UnmetChart result={result} slug={slug} />
      </section>
    </>
  );
}

function TimeUseChart({ result, slug }: { result: CapacityResult; slug: string }) {
  const rows = result.roles.map((r) => ({
    id: r.id,
    label: r.name,
    values: Object.fromEntries(SHARE_KINDS.map((k) => [k, value(r.shares[k])])),
  }));
  const title = 'Share of worked hours by kind of work, per role';
  return (
    <ChartFigure
      id="time-use"
      title={title}
      description="Shares of the hours each role works (contracted hours less absence, plus overtime)."
      chart={<StackedBars title={title} rows={rows} kinds={SHARE_KINDS} format={formatShare} max={1} axisLabel="Share of worked hours" />}
      table={{
        header: ['Role', ...SHARE_KINDS.map((k) => `${KIND_STYLES[k].label} (%)`)],
        rows: result.roles.map((r) => [r.name, ...SHARE_KINDS.map((k) => Math.round(value(r.shares[k]) * 1000) / 10)]),
        numeric: [false, ...SHARE_KINDS.map(() => true)],
      }}
      csv={{ filename: `${slug}-time-use.csv` }}
    />
  );
}

function UnmetChart({ result, slug }: { result: CapacityResult; slug: string }) {
  const { scenario } = useScenarioScope();
  const entries = Object.entries(result.unmetByActivity)
    .filter(([, hours]) => hours > 0.005)
    .sort((a, b) => b[1] - a[1]);
  if (entries.length === 0) {
    return <p className="notice">Every activity’s hours are met: nothing is left undone at mean demand.</p>;
  }
  const activity = (id: string) => scenario.activities.find((a) => a.id === id);
  const kinds = [...new Set(entries.map(([id]) => ACTIVITY_KIND_KEY[activity(id)?.kind ?? 'direct']))];
  const rows = entries.map(([id, hours]) => ({
    id,
    label: activity(id)?.name ?? id,
    values: { [ACTIVITY_KIND_KEY[activity(id)?.kind ?? 'direct']]: hours },
  }));
  const title = 'Hours a week the team could not do, by activity';
  return (
    <ChartFigure
      id="unmet"
      title={title}
      description="Elastic direct work left undone is time families would benefit from beyond the statutory minimum."
      chart={
        <StackedBars title={title} rows={rows} kinds={kinds} format={(v) => `${formatNumber(round1(v))} h`} axisLabel="Hours a week" />
      }
      table={{
        header: ['Activity', 'Kind', 'Unmet hours a week'],
        rows: entries.map(([id, hours]) => [activity(id)?.name ?? id, KIND_STYLES[ACTIVITY_KIND_KEY[activity(id)?.kind ?? 'direct']].label, round1(hours)]),
        numeric: [false, false, true],
      }}
      csv={{ filename: `${slug}-unmet-hours.csv` }}
    />
  );
}

const round1 = (v: number) => Math.round(v * 10) / 10;
const formatShare = (v: number) => formatPercent(v);

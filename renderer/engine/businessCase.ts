/**
 * The business case as the Business case view and the A4 report both show it: the models'
 * money figures for a scenario against a comparator, arranged by financial year and put into
 * the words and formats a head of service takes to a budget meeting. DOM-free, so the tests
 * compute the very strings the report prints from `simulate()` in Node.
 */
import { cumulativeProfile, paybackTiming, type CumulativeYear } from '../../models/money/profile';
import { findPreset } from '../../models/presets';
import type { Figure, SimulationResult } from '../../models/result';
import type { Scenario } from '../../models/scenario';
import type { ValidationIssue } from '../../models/validation';
import { formatFinancialYear, formatAmount, formatMoneyChange, formatNumber, formatPercentOne } from '../format';
import type { CapacityResult } from './capacity';
import { evaluate } from './check';
import { socialWorkerDirectShare, value } from './kpis';

export interface BusinessCase {
  scenario: Scenario;
  /** What the savings are counted against: the parent, another scenario the person chose, or none. */
  comparator: Scenario | null;
  /** The scenario's result, with savings, payback and NPV against the comparator. */
  result: CapacityResult;
  comparatorResult: CapacityResult | null;
  /** Running totals of the net benefit; null without a comparator. */
  cumulative: CumulativeYear[] | null;
}

export type BusinessCaseEvaluation =
  | { ok: true; businessCase: BusinessCase }
  | { ok: false; which: 'scenario' | 'comparator'; issues: ValidationIssue[] };

export function evaluateBusinessCase(scenario: Scenario, comparator: Scenario | null, appVersion: string): BusinessCaseEvaluation {
  const own = evaluate(scenario, comparator, appVersion);
  if (!own.ok) return { ok: false, which: 'scenario', issues: own.issues };
  let comparatorResult: CapacityResult | null = null;
  if (comparator) {
    const theirs = evaluate(comparator, null, appVersion);
    if (!theirs.ok) return { ok: false, which: 'comparator', issues: theirs.issues };
    comparatorResult = theirs.result;
  }
  return {
    ok: true,
    businessCase: { scenario, comparator, result: own.result, comparatorResult, cumulative: cumulativeProfile(own.result.details.money.years) },
  };
}

/** The discount rate as budget papers write it: "3.5 %". */
export const formatRate = (rate: number): string => formatPercentOne(rate);

export interface KeyFigure {
  id: string;
  label: string;
  shown: string;
  detail: string;
}

/** Payback as a figure ("7 months", "Never", "At once"), for the key figures. */
export function paybackShown(months: number | null): string {
  if (months === null) return 'Never';
  if (months === 0) return 'At once';
  return `${formatNumber(months)} ${months === 1 ? 'month' : 'months'}`;
}

/** Payback in a sentence a councillor reads without a key: says so plainly when it never pays back. */
export function paybackInWords(months: number | null, profileYears: number): string {
  switch (paybackTiming(months, profileYears)) {
    case 'never':
      return 'It does not pay back: each year it costs more than it saves and releases, so the one-off costs are never repaid.';
    case 'immediate':
      return 'It pays back at once: there are no one-off costs to repay and the yearly net benefit is not negative.';
    case 'within':
      return `It pays back in ${paybackShown(months)}, within the ${profileYears}-year profile.`;
    case 'after':
      return `It pays back in ${paybackShown(months)}, after the ${profileYears}-year profile ends.`;
  }
}

/** The 4–6 figures of the summary page and the view's headline, formatted once for both. */
export function keyFigures(bc: BusinessCase): KeyFigure[] {
  const m = bc.result.money;
  const d = bc.result.details.money;
  const econ = bc.scenario.economics;
  const staff = value(m.staffCostPerYear);
  const figures: KeyFigure[] = [
    {
      id: 'staff-cost',
      label: 'Staff cost a year',
      shown: formatAmount(staff),
      detail: bc.comparatorResult
        ? `${formatMoneyChange(staff - value(bc.comparatorResult.money.staffCostPerYear))} against ${bc.comparator!.name}`
        : `in ${formatFinancialYear(econ.firstFinancialYear)}, with on-costs and agency premium`,
    },
  ];
  if (bc.comparator) {
    figures.push(
      {
        id: 'cashable',
        label: 'Cashable savings a year',
        shown: formatAmount(value(m.cashableSavingsPerYear ?? 0)),
        detail: 'placements and agency spend avoided',
      },
      {
        id: 'released',
        label: 'Practitioner time released',
        shown: `${formatNumber(round1(value(m.releasedFte ?? 0)))} FTE`,
        detail: `worth ${formatAmount(d.releasedTimeValuePerYear ?? 0)} a year: time, not cash`,
      },
      { id: 'payback', label: 'Payback', shown: paybackShown(m.paybackMonths === null ? null : value(m.paybackMonths)), detail: 'of the one-off costs' },
      {
        id: 'npv',
        label: `Net present value, ${econ.years} years`,
        shown: formatAmount(value(m.npv ?? 0)),
        detail: `at ${formatRate(econ.discountRate)} a year; cash alone ${formatAmount(d.npvCashableOnly ?? 0)}`,
      },
    );
  }
  figures.push({
    id: 'cost-family',
    label: 'Cost per family',
    shown: m.costPerFamily === null ? 'No families' : formatAmount(value(m.costPerFamily)),
    detail:
      m.costPerDirectHour === null ? 'a year, staff and non-staff' : `a year; ${formatAmount(value(m.costPerDirectHour))} per direct-contact hour`,
  });
  return figures;
}

/** The answer to the head of service's question, in plain words, with no recommendation. */
export function answerInWords(bc: BusinessCase): string[] {
  const m = bc.result.money;
  const d = bc.result.details.money;
  const econ = bc.scenario.economics;
  const name = bc.scenario.name;
  const direct = socialWorkerDirectShare(bc.result);
  if (!bc.comparator || !bc.comparatorResult) {
    return [
      `${name} costs ${formatAmount(value(m.staffCostPerYear))} a year in staff and ${formatAmount(value(m.nonStaffCostPerYear))} in non-staff costs.`,
      'There is no scenario to compare it with, so there are no savings, payback or net present value: choose a comparator.',
    ];
  }
  const before = socialWorkerDirectShare(bc.comparatorResult);
  const extra = d.extraStaffCostPerYear ?? 0;
  const sentences = [
    `Against ${bc.comparator.name}, ${name} ${extra >= 0 ? `costs ${formatAmount(extra)} a year more` : `costs ${formatAmount(-extra)} a year less`} in staff, saves ${formatAmount(value(m.cashableSavingsPerYear ?? 0))} a year in cash and releases ${formatNumber(round1(value(m.releasedFte ?? 0)))} FTE of practitioner time, worth ${formatAmount(d.releasedTimeValuePerYear ?? 0)} a year.`,
  ];
  if (direct !== null && before !== null) {
    sentences.push(`Social workers’ time with families goes from ${formatPercentOne(before)} to ${formatPercentOne(direct)} of the hours they work.`);
  }
  sentences.push(
    `Over ${econ.years} years from ${formatFinancialYear(econ.firstFinancialYear)}, discounted at ${formatRate(econ.discountRate)} a year, the net present value is ${formatAmount(value(m.npv ?? 0))}.`,
    paybackInWords(m.paybackMonths === null ? null : value(m.paybackMonths), econ.years),
  );
  return sentences;
}

/** What a reader must keep in mind, whatever they decide: the evidence's own caveats first. */
export function caveats(bc: BusinessCase, simulated: boolean): string[] {
  const preset = bc.scenario.presetId ? findPreset(bc.scenario.presetId) : undefined;
  const d = bc.result.details.money;
  const list = [...(preset?.notes ?? [])];
  if (bc.comparator) {
    list.push(
      'Released time is not cash: it is practitioners’ time that goes back to families. It becomes a cashable saving only if posts are cut or left vacant, which would give the time up.',
      `The net present value counts released time at its cost; counting cash alone it is ${formatAmount(d.npvCashableOnly ?? 0)}.`,
    );
  }
  list.push(
    simulated
      ? 'Bands from the simulation show the spread between quieter and busier years (10th to 90th percentile across replications).'
      : 'The figures come from the capacity model at mean demand: they show no spread between quieter and busier years until a simulation is run.',
    'Salaries, demand and timings are stated assumptions with plausible ranges or local figures: each is listed with its source at the end of this report.',
  );
  return list;
}

export interface ProfileTable {
  header: string[];
  rows: { id: string; label: string; cells: string[]; emphasis?: boolean }[];
}

/** The year-by-year profile, a column per financial year: costs of both, then what changes. */
export function profileTable(bc: BusinessCase): ProfileTable {
  const d = bc.result.details.money;
  const econ = bc.scenario.economics;
  const years = d.years;
  const pay = (i: number) => (1 + econ.payInflation) ** i;
  const money = (f: (i: number) => number | null) => years.map((_, i) => (f(i) === null ? '—' : formatAmount(f(i)!)));
  const rows: ProfileTable['rows'] = [
    { id: 'staff', label: `Staff cost, ${bc.scenario.name}`, cells: money((i) => years[i]!.staffCost) },
    { id: 'agency', label: 'of which agency premium', cells: money((i) => d.agencyPremiumPerYear * pay(i)) },
    { id: 'non-staff', label: 'Non-staff costs (placements, interventions)', cells: money((i) => years[i]!.nonStaffCost) },
    { id: 'one-off', label: 'One-off implementation costs', cells: money((i) => years[i]!.oneOffCost) },
  ];
  if (bc.comparatorResult && bc.cumulative) {
    const theirs = bc.comparatorResult.details.money.years;
    const cumulative = bc.cumulative;
    rows.splice(1, 0, { id: 'comparator-staff', label: `Staff cost, ${bc.comparator!.name}`, cells: money((i) => theirs[i]?.staffCost ?? null) });
    rows.push(
      { id: 'extra-staff', label: 'Extra staff cost', cells: money((i) => years[i]!.extraStaffCost) },
      { id: 'cashable', label: 'Cashable savings', cells: money((i) => years[i]!.cashableSavings) },
      { id: 'released', label: 'Released time, valued (not cash)', cells: money((i) => years[i]!.releasedTimeValue) },
      { id: 'net', label: 'Net benefit', cells: money((i) => cumulative[i]!.net), emphasis: true },
      { id: 'discounted', label: `Net benefit, discounted at ${formatRate(econ.discountRate)}`, cells: money((i) => cumulative[i]!.discountedNet) },
      { id: 'cumulative', label: 'Cumulative, discounted (the NPV so far)', cells: money((i) => cumulative[i]!.cumulativeDiscountedNet), emphasis: true },
    );
  }
  return { header: ['', ...years.map((_, i) => formatFinancialYear(econ.firstFinancialYear + i))], rows };
}

/** One-off costs of the change, each with what it is; an empty list says there are none. */
export function oneOffLines(bc: BusinessCase): { label: string; amount: string }[] {
  return bc.result.details.money.implementation.map((l) => ({ label: l.label, amount: formatAmount(l.amount) }));
}

const round1 = (v: number) => Math.round(v * 10) / 10;

export interface BandRow {
  id: string;
  label: string;
  mean: string;
  p10: string;
  p90: string;
}

const BAND_FIGURES: { section: 'money' | 'team'; key: string; label: string; money: boolean }[] = [
  { section: 'money', key: 'staffCostPerYear', label: 'Staff cost a year', money: true },
  { section: 'money', key: 'nonStaffCostPerYear', label: 'Non-staff costs a year', money: true },
  { section: 'money', key: 'costPerFamily', label: 'Cost per family a year', money: true },
  { section: 'money', key: 'cashableSavingsPerYear', label: 'Cashable savings a year', money: true },
  { section: 'money', key: 'npv', label: 'Net present value', money: true },
  { section: 'team', key: 'familiesOpen', label: 'Families open', money: false },
  { section: 'team', key: 'waitForAllocationWeeks', label: 'Wait for allocation (weeks)', money: false },
  { section: 'team', key: 'keyWorkerChangesPerFamily', label: 'Key-worker changes per family', money: false },
];

/**
 * The figures a simulation gives as a spread across replications (10th, 50th and 90th
 * percentile): the rest are the capacity model's and have no band to show.
 */
export function simulationBands(simulation: SimulationResult): BandRow[] {
  const rows: BandRow[] = [];
  for (const f of BAND_FIGURES) {
    const figure = (simulation[f.section] as Record<string, Figure | null>)[f.key];
    if (!figure || typeof figure === 'number') continue;
    const show = (v: number) => (f.money ? formatAmount(v) : formatNumber(Math.round(v * 100) / 100));
    rows.push({ id: f.key, label: f.label, mean: show(figure.mean), p10: show(figure.p10), p90: show(figure.p90) });
  }
  return rows;
}

/** The scenario beside its comparator on what a family gets and what it costs. */
export function comparisonRows(bc: BusinessCase): { id: string; label: string; scenario: string; comparator: string | null }[] {
  const money = (v: Figure | null) => (v === null ? '—' : formatAmount(value(v)));
  const share = (r: CapacityResult) => {
    const s = socialWorkerDirectShare(r);
    return s === null ? '—' : formatPercentOne(s);
  };
  const rows: [string, string, (r: CapacityResult) => string][] = [
    ['cost-family', 'Cost per family a year', (r) => money(r.money.costPerFamily)],
    ['cost-hour', 'Cost per direct-contact hour', (r) => money(r.money.costPerDirectHour)],
    ['staff', 'Staff cost a year', (r) => money(r.money.staffCostPerYear)],
    ['non-staff', 'Non-staff costs a year', (r) => money(r.money.nonStaffCostPerYear)],
    ['families', 'Families open', (r) => formatNumber(Math.round(value(r.team.familiesOpen) * 10) / 10)],
    ['direct', 'Social workers’ time with families', share],
    ['visits', 'Visits per family per month', (r) => formatNumber(round1(value(r.team.visitsPerFamilyPerMonth)))],
  ];
  return rows.map(([id, label, show]) => ({ id, label, scenario: show(bc.result), comparator: bc.comparatorResult ? show(bc.comparatorResult) : null }));
}

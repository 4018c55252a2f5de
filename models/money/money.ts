import type { CapacityOutcome } from '../capacity/evaluate';
import { QUALIFIED_CATEGORIES } from '../categories';
import type { MoneyResult } from '../result';
import { discountFactor, financialYearLabel } from './financialYears';
import { implementationCost } from './implementationCost';
import { agencyPremiumPerYear, staffCostPerYear } from './staffCost';

export interface YearProfile {
  financialYear: string;
  staffCost: number;
  nonStaffCost: number;
  oneOffCost: number;
  /** Against the parent; null without one. */
  cashableSavings: number | null;
  releasedTimeValue: number | null;
  extraStaffCost: number | null;
  net: number | null;
  discountedNet: number | null;
}

export interface MoneyDetail {
  years: YearProfile[];
  implementation: { label: string; amount: number }[];
  agencyPremiumPerYear: number;
  /** Released qualified time valued at its cost: a non-cashable saving. */
  releasedTimeValuePerYear: number | null;
  extraStaffCostPerYear: number | null;
  /** Cashable savings plus released time, less extra staff cost: the yearly net benefit. */
  netBenefitPerYear: number | null;
  npvCashableOnly: number | null;
}

/** Non-staff spend a year: open families' weekly costs (placements) and intervention fees. */
export function nonStaffCostPerYear(o: CapacityOutcome): number {
  return o.demand.reduce((sum, d) => sum + o.scale.carried * 52 * (d.families * d.nonStaffPerWeek + d.arrivals * d.interventionCostPerFamily), 0);
}

/** Qualified social workers' hours a week on case work other than time with families. */
function qualifiedIndirect(o: CapacityOutcome): { hours: number; fte: number; cost: number; workedPerFte: number } {
  let hours = 0;
  let fte = 0;
  let cost = 0;
  let worked = 0;
  for (const r of o.roles) {
    if (!QUALIFIED_CATEGORIES.includes(r.compiled.role.category)) continue;
    hours += r.total.caseIndirect + r.total.admin + r.total.meeting + r.total.travel;
    fte += r.compiled.fte;
    cost += r.compiled.fte * r.compiled.role.costPerFte;
    worked += r.compiled.fte * (r.person.worked + r.perFte.overtime);
  }
  return { hours, fte, cost: fte > 0 ? cost / fte : 0, workedPerFte: fte > 0 ? worked / fte : 0 };
}

/**
 * Released FTE: the qualified time per family no longer spent away from families, at the
 * variant's caseload, in FTE of the hours a social worker actually works.
 */
function releasedFte(o: CapacityOutcome, parent: CapacityOutcome): number {
  const a = qualifiedIndirect(parent);
  const b = qualifiedIndirect(o);
  const fa = parent.team.familiesOpen;
  const fb = o.team.familiesOpen;
  if (fa <= 0 || fb <= 0 || b.workedPerFte <= 0) return 0;
  return ((a.hours / fa - b.hours / fb) * fb) / b.workedPerFte;
}

/**
 * Economics in council terms (DESIGN §2): staff and non-staff cost, cost per family and per
 * direct-contact hour, and against a parent: cashable savings (placements and agency spend
 * avoided) apart from released time, a year-by-year profile, payback and NPV.
 */
export function moneyFigures(o: CapacityOutcome, parent: CapacityOutcome | null): { money: MoneyResult; detail: MoneyDetail } {
  const s = o.scenario;
  const econ = s.economics;
  const staff = staffCostPerYear(s);
  const nonStaff = nonStaffCostPerYear(o);
  const agency = agencyPremiumPerYear(s);
  const directHours = o.roles.reduce((sum, r) => sum + r.total.direct, 0) * 52;
  const families = o.team.familiesOpen;
  const impl = implementationCost(s);

  let cashable: number | null = null;
  let released: number | null = null;
  let releasedValue: number | null = null;
  let extraStaff: number | null = null;
  if (parent) {
    cashable = nonStaffCostPerYear(parent) + agencyPremiumPerYear(parent.scenario) - (nonStaff + agency);
    released = releasedFte(o, parent);
    releasedValue = released * qualifiedIndirect(o).cost;
    extraStaff = staff - agency - (staffCostPerYear(parent.scenario) - agencyPremiumPerYear(parent.scenario));
  }
  const netBase = parent ? cashable! + releasedValue! - extraStaff! : null;

  const years: YearProfile[] = [];
  for (let y = 0; y < econ.years; y++) {
    const pay = (1 + econ.payInflation) ** y;
    const oneOff = y === 0 ? impl.total : 0;
    const net = netBase === null ? null : netBase * pay - oneOff;
    years.push({
      financialYear: financialYearLabel(econ.firstFinancialYear + y),
      staffCost: staff * pay,
      nonStaffCost: nonStaff,
      oneOffCost: oneOff,
      cashableSavings: cashable,
      releasedTimeValue: releasedValue === null ? null : releasedValue * pay,
      extraStaffCost: extraStaff === null ? null : extraStaff * pay,
      net,
      discountedNet: net === null ? null : net * discountFactor(econ.discountRate, y),
    });
  }
  const npv = parent ? years.reduce((sum, y) => sum + y.discountedNet!, 0) : null;
  const npvCashableOnly = parent
    ? years.reduce((sum, y, i) => sum + (cashable! - y.extraStaffCost! - y.oneOffCost) * discountFactor(econ.discountRate, i), 0)
    : null;

  return {
    money: {
      staffCostPerYear: staff,
      nonStaffCostPerYear: nonStaff,
      costPerFamily: families > 0 ? (staff + nonStaff) / families : null,
      costPerDirectHour: directHours > 0 ? staff / directHours : null,
      cashableSavingsPerYear: cashable,
      releasedFte: released,
      paybackMonths: parent ? paybackMonths(netBase!, impl.total, econ.payInflation) : null,
      npv,
    },
    detail: {
      years,
      implementation: impl.lines,
      agencyPremiumPerYear: agency,
      releasedTimeValuePerYear: releasedValue,
      extraStaffCostPerYear: extraStaff,
      netBenefitPerYear: netBase,
      npvCashableOnly,
    },
  };
}

/** Months until the one-off costs are repaid by the yearly net benefit; null if it never is. */
export function paybackMonths(netPerYear: number, oneOff: number, payInflation: number): number | null {
  if (oneOff <= 0) return netPerYear >= 0 ? 0 : null;
  if (netPerYear <= 0) return null;
  let left = oneOff;
  for (let month = 1; month <= 600; month++) {
    left -= (netPerYear * (1 + payInflation) ** Math.floor((month - 1) / 12)) / 12;
    if (left <= 0) return month;
  }
  return null;
}

import type { RoleCategory } from '../categories';
import type { CaseDemand } from './demand';

/**
 * Who holds cases. In a team each key-worker role holds its own families; a unit with a shared
 * caseload (Reclaiming Social Work) holds them together, so the unit is one holder.
 */
export interface Holder {
  teamIndex: number;
  /** Role indices whose people do this holder's work. */
  members: number[];
  shared: boolean;
  /** Weighted-children slots by key-worker category. */
  slotsByCategory: Map<RoleCategory, number>;
  /** FTE-weighted turnover of the people a family knows, divided among them in a unit. */
  changeRate: number;
}

export interface HolderRole {
  teamIndex: number;
  category: RoleCategory;
  keyWorker: boolean;
  slots: number;
  turnover: number;
  fte: number;
  people: number;
  practitioner: boolean;
}

export function buildHolders(roles: HolderRole[], sharedTeams: boolean[]): Holder[] {
  const holders: Holder[] = [];
  const units = new Map<number, Holder>();
  roles.forEach((r, i) => {
    if (sharedTeams[r.teamIndex]) {
      let unit = units.get(r.teamIndex);
      if (!unit) {
        unit = { teamIndex: r.teamIndex, members: [], shared: true, slotsByCategory: new Map(), changeRate: 0 };
        units.set(r.teamIndex, unit);
        holders.push(unit);
      }
      unit.members.push(i);
      if (r.keyWorker && r.slots > 0) unit.slotsByCategory.set(r.category, (unit.slotsByCategory.get(r.category) ?? 0) + r.slots);
      return;
    }
    if (!r.keyWorker || r.slots <= 0) return;
    holders.push({ teamIndex: r.teamIndex, members: [i], shared: false, slotsByCategory: new Map([[r.category, r.slots]]), changeRate: r.turnover });
  });
  // In a unit the family knows every practitioner: one leaver takes away one of k familiar people.
  for (const unit of units.values()) {
    const practitioners = unit.members.filter((i) => roles[i].practitioner && roles[i].fte > 0);
    const fte = practitioners.reduce((s, i) => s + roles[i].fte, 0);
    const people = practitioners.reduce((s, i) => s + roles[i].people, 0);
    const turnover = fte > 0 ? practitioners.reduce((s, i) => s + roles[i].turnover * roles[i].fte, 0) / fte : 0;
    unit.changeRate = people > 0 ? turnover / people : 0;
  }
  return holders.filter((h) => h.slotsByCategory.size > 0);
}

/** Slots a holder offers a case type: those of its members allowed to hold it. */
export function slotsFor(h: Holder, d: CaseDemand): number {
  let slots = 0;
  for (const c of d.caseType.keyWorkerCategories) slots += h.slotsByCategory.get(c) ?? 0;
  return slots;
}

function totalSlots(h: Holder): number {
  let s = 0;
  for (const v of h.slotsByCategory.values()) s += v;
  return s;
}

/**
 * The share of each case type's families each holder carries at the mean. New families go to
 * the least-loaded eligible worker, so in steady state loads even out where eligibility allows:
 * start in proportion to slots, then move families towards holders with room (a few rounds
 * of proportional fitting are enough for a handful of holders).
 */
export function shareFamilies(holders: Holder[], demand: CaseDemand[], weighted: number[]): number[][] {
  const H = holders.length;
  let flexible = false;
  const shares = demand.map((d) => {
    const row = new Array<number>(H).fill(0);
    let total = 0;
    let eligible = 0;
    for (let h = 0; h < H; h++) {
      row[h] = slotsFor(holders[h], d);
      total += row[h];
      if (row[h] > 0) eligible++;
    }
    if (eligible > 1) flexible = true;
    for (let h = 0; h < H; h++) row[h] = total > 0 ? row[h] / total : 0;
    return row;
  });
  // With one eligible holder per case type there is nothing to even out.
  if (!flexible) return shares;
  const capacity = holders.map(totalSlots);
  const pressure = new Array<number>(H).fill(0);
  for (let round = 0; round < 12; round++) {
    let lo = Infinity;
    let hi = 0;
    for (let h = 0; h < H; h++) {
      let load = 0;
      for (let j = 0; j < demand.length; j++) load += weighted[j] * shares[j][h];
      pressure[h] = capacity[h] > 0 ? load / capacity[h] : Infinity;
      if (load > 0) {
        lo = Math.min(lo, pressure[h]);
        hi = Math.max(hi, pressure[h]);
      }
    }
    if (hi - lo <= 1e-9 * hi) break;
    for (const row of shares) {
      let total = 0;
      for (let h = 0; h < H; h++) {
        if (row[h] > 0 && pressure[h] > 0) row[h] /= pressure[h];
        total += row[h];
      }
      if (total > 0) for (let h = 0; h < H; h++) row[h] /= total;
    }
  }
  return shares;
}

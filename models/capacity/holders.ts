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
  const shares = demand.map((d) => {
    const slots = holders.map((h) => slotsFor(h, d));
    const total = slots.reduce((a, b) => a + b, 0);
    return slots.map((x) => (total > 0 ? x / total : 0));
  });
  const capacity = holders.map(totalSlots);
  for (let round = 0; round < 12; round++) {
    const load = holders.map((_, h) => demand.reduce((sum, _d, j) => sum + weighted[j] * shares[j][h], 0));
    const pressure = load.map((l, h) => (capacity[h] > 0 ? l / capacity[h] : Infinity));
    demand.forEach((d, j) => {
      const next = shares[j].map((x, h) => (x > 0 && pressure[h] > 0 ? x / pressure[h] : x));
      const total = next.reduce((a, b) => a + b, 0);
      if (total > 0) shares[j] = next.map((x) => x / total);
    });
  }
  return shares;
}

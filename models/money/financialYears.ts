/** A council's financial year runs April to March: 2026 is "2026-27". */
export function financialYearLabel(startYear: number): string {
  return `${startYear}-${String((startYear + 1) % 100).padStart(2, '0')}`;
}

/** Green Book discounting: year 0 (the first financial year) is not discounted. */
export function discountFactor(rate: number, yearIndex: number): number {
  return 1 / (1 + rate) ** yearIndex;
}

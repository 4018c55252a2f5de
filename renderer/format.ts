/** en-GB number formats, made once: Intl formatters are costly to build on every render. */
const money = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', maximumFractionDigits: 0 });
const plain = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });
const percent = new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 0 });

export const formatMoney = (value: number): string => money.format(value);
export const formatNumber = (value: number): string => plain.format(value);
export const formatPercent = (share: number): string => percent.format(share);

/**
 * Reads what a person typed as a number: thousands separators, spaces and a leading £ are
 * allowed; anything else that is not a plain decimal gives NaN, which the schema then rejects
 * with its own message.
 */
export function parseNumber(text: string): number {
  const cleaned = text.trim().replace(/^£/, '').replace(/[,\s]/g, '');
  return /^-?(\d+\.?\d*|\.\d+)$/.test(cleaned) ? Number(cleaned) : Number.NaN;
}

const percentOne = new Intl.NumberFormat('en-GB', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** A share as a percentage to one decimal place (58.3%): headline figures move visibly with an edit. */
export const formatPercentOne = (share: number): string => percentOne.format(share);

/** A council's financial year as it is written in budget papers: April 2026 to March 2027 is "2026/27". */
export const formatFinancialYear = (startYear: number): string => `${startYear}/${String((startYear + 1) % 100).padStart(2, '0')}`;

const longDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });

/** A date as a report's cover gives it: "29 November 2026". */
export const formatLongDate = (date: Date): string => longDate.format(date);

/** A signed amount, for differences: "+£1,200" or "−£1,200" (a true minus sign). */
export const formatMoneyChange = (value: number): string => {
  const rounded = Math.round(value);
  return rounded === 0 ? formatMoney(0) : `${rounded > 0 ? '+' : '−'}${formatMoney(Math.abs(rounded))}`;
};

/** An amount that may be negative, with a true minus sign (−£9,024): a hyphen would let a line break there. */
export const formatAmount = (value: number): string => (Math.round(value) < 0 ? `−${formatMoney(-value)}` : formatMoney(Math.max(0, value)));

const dateTime = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });

/** An ISO time as "3 May 2025, 14:05"; the text itself if it is not a time. */
export function formatDateTime(iso: string): string {
  const time = new Date(iso);
  return Number.isNaN(time.getTime()) ? iso : dateTime.format(time);
}

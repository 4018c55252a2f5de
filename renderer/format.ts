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

const dateTime = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });

/** An ISO time as "3 May 2025, 14:05"; the text itself if it is not a time. */
export function formatDateTime(iso: string): string {
  const time = new Date(iso);
  return Number.isNaN(time.getTime()) ? iso : dateTime.format(time);
}

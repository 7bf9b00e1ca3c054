// Inclusive date ranges (R-GEN-DATES): a vacation, suspension or accommodation period from
// `from` to `to` includes both days.
import { dayNumber } from './plain-date';
import type { TPlainDate } from './plain-date';
import type { TDayInterval } from './day-intervals';

/** An inclusive range of plain dates. */
export type TDateRange = { from: TPlainDate; to: TPlainDate };

/**
 * True when `date` lies in the inclusive range.
 * @example isInRange('2027-01-10', { from: '2027-01-10', to: '2027-02-20' }) // true
 */
export function isInRange(date: TPlainDate, range: TDateRange): boolean {
  return range.from <= date && date <= range.to;
}

/**
 * True when two inclusive ranges share at least one day.
 * @example rangesOverlap({ from: '2027-01-01', to: '2027-01-10' }, { from: '2027-01-10', to: '2027-01-12' }) // true
 */
export function rangesOverlap(a: TDateRange, b: TDateRange): boolean {
  return a.from <= b.to && b.from <= a.to;
}

/**
 * Days in an inclusive range (0 when `to` is before `from`).
 * @example daysInRange({ from: '2027-03-01', to: '2027-03-31' }) // 31
 */
export function daysInRange(range: TDateRange): number {
  return Math.max(0, dayNumber(range.to) - dayNumber(range.from) + 1);
}

/**
 * The day-number interval of an inclusive range.
 * @example rangeToInterval({ from: '1970-01-01', to: '1970-01-03' }) // [0, 2]
 */
export function rangeToInterval(range: TDateRange): TDayInterval {
  return [dayNumber(range.from), dayNumber(range.to)];
}

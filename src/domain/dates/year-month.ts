// Calendar months ('YYYY-MM') and month indexes (year × 12 + month − 1), the unit of pay runs.
import { dayNumberOf, parsePlainDate } from './plain-date';
import type { TPlainDate } from './plain-date';

/** A calendar month 'YYYY-MM'. */
export type TYearMonth = string;

// Month starts and labels of 1900–2199, computed from Date.UTC on first use: pay runs read them
// for every month of every award, so they are looked up, not recomputed.
const TABLE_FIRST = 1900 * 12;
const TABLE_SIZE = 300 * 12;
let monthStarts: Int32Array | null = null;
let monthLabels: readonly string[] | null = null;

function monthStartTable(): Int32Array {
  if (!monthStarts) {
    monthStarts = new Int32Array(TABLE_SIZE + 1);
    for (let i = 0; i <= TABLE_SIZE; i++) {
      const index = TABLE_FIRST + i;
      const year = Math.floor(index / 12);
      monthStarts[i] = dayNumberOf(year, index - year * 12 + 1, 1);
    }
  }
  return monthStarts;
}

function labelOf(index: number): TYearMonth {
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return `${year}-${month < 10 ? '0' : ''}${month}`;
}

const YEAR_MONTH = /^(\d{4})-(\d{2})$/;

/**
 * Parses 'YYYY-MM' into year and month (1–12), or null.
 * @example parseYearMonth('2026-09') // { year: 2026, month: 9 }
 */
export function parseYearMonth(text: string): { year: number; month: number } | null {
  const match = YEAR_MONTH.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  if (year < 1000 || month < 1 || month > 12) return null;
  return { year, month };
}

/**
 * True when `text` is a month written 'YYYY-MM'.
 * @example isYearMonth('2026-13') // false
 */
export function isYearMonth(text: string): boolean {
  return parseYearMonth(text) !== null;
}

/**
 * Month index of a 'YYYY-MM' month: consecutive months have consecutive indexes.
 * @example monthIndex('2026-09') - monthIndex('2026-08') // 1
 */
export function monthIndex(month: TYearMonth): number {
  const parts = parseYearMonth(month);
  if (!parts) throw new Error(`Not a month: "${month}"`);
  return parts.year * 12 + parts.month - 1;
}

/**
 * Month index of the month a plain date falls in.
 * @example monthIndexOfDate('2026-09-16') === monthIndex('2026-09') // true
 */
export function monthIndexOfDate(date: TPlainDate): number {
  const parts = parsePlainDate(date);
  if (!parts) throw new Error(`Not a plain date: "${date}"`);
  return parts.year * 12 + parts.month - 1;
}

/**
 * The 'YYYY-MM' month of a month index.
 * @example fromMonthIndex(monthIndex('2026-12') + 1) // '2027-01'
 */
export function fromMonthIndex(index: number): TYearMonth {
  const slot = index - TABLE_FIRST;
  if (slot < 0 || slot >= TABLE_SIZE) return labelOf(index);
  monthLabels ??= Array.from({ length: TABLE_SIZE }, (_, i) => labelOf(TABLE_FIRST + i));
  return monthLabels[slot]!;
}

/**
 * The month a plain date falls in.
 * @example monthOf('2026-09-16') // '2026-09'
 */
export function monthOf(date: TPlainDate): TYearMonth {
  return date.slice(0, 7);
}

/**
 * Day number of the first day of a month index.
 * @example firstDayNumberOfMonth(monthIndex('1970-01')) // 0
 */
export function firstDayNumberOfMonth(index: number): number {
  const slot = index - TABLE_FIRST;
  if (slot >= 0 && slot <= TABLE_SIZE) return monthStartTable()[slot]!;
  const year = Math.floor(index / 12);
  return dayNumberOf(year, index - year * 12 + 1, 1);
}

/**
 * Days in the month of a month index.
 * @example daysInMonthIndex(monthIndex('2028-02')) // 29
 */
export function daysInMonthIndex(index: number): number {
  return firstDayNumberOfMonth(index + 1) - firstDayNumberOfMonth(index);
}

/**
 * Every month from `from` to `to`, both included; empty when `to` is before `from`.
 * @example monthsInRange('2026-11', '2027-01') // ['2026-11', '2026-12', '2027-01']
 */
export function monthsInRange(from: TYearMonth, to: TYearMonth): TYearMonth[] {
  const months: TYearMonth[] = [];
  for (let i = monthIndex(from), last = monthIndex(to); i <= last; i++)
    months.push(fromMonthIndex(i));
  return months;
}

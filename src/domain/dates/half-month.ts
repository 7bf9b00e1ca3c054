// Half months (R-GEN-HALF-MONTH): days 1–15 are the first half, day 16 to the last the second.
// A half index is month index × 2 + (half − 1), so halves count like months do.
import { firstDayNumberOfMonth, daysInMonthIndex } from './year-month';
import { parsePlainDate } from './plain-date';
import type { TPlainDate } from './plain-date';

/** 1 for days 1–15, 2 for day 16 to the end of the month. */
export type THalf = 1 | 2;

/** Last day of the first half of every month. */
export const FIRST_HALF_LAST_DAY = 15;

/**
 * The half of the month a day of the month (1–31) falls in.
 * @example halfOfDay(15) // 1
 * @example halfOfDay(16) // 2
 */
export function halfOfDay(dayOfMonth: number): THalf {
  return dayOfMonth <= FIRST_HALF_LAST_DAY ? 1 : 2;
}

/**
 * Half index of the half a plain date falls in.
 * @example halfIndexOfDate('2026-09-16') - halfIndexOfDate('2026-09-15') // 1
 */
export function halfIndexOfDate(date: TPlainDate): number {
  const parts = parsePlainDate(date);
  if (!parts) throw new Error(`Not a plain date: "${date}"`);
  return (parts.year * 12 + parts.month - 1) * 2 + halfOfDay(parts.day) - 1;
}

/**
 * First and last day numbers (inclusive) of a half index.
 * @example halfBounds(halfIndexOfDate('2026-02-20')) // [dayNumber('2026-02-16'), dayNumber('2026-02-28')]
 */
export function halfBounds(halfIndex: number): readonly [number, number] {
  const month = Math.floor(halfIndex / 2);
  const start = firstDayNumberOfMonth(month);
  if (halfIndex - month * 2 === 0) return [start, start + FIRST_HALF_LAST_DAY - 1];
  return [start + FIRST_HALF_LAST_DAY, start + daysInMonthIndex(month) - 1];
}

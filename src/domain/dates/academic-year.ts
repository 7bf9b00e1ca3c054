// Academic years (R-GEN-YEAR) run from 1 September to 31 August; named by the starting year.
import { parsePlainDate } from './plain-date';
import type { TPlainDate } from './plain-date';
import type { TDateRange } from './date-range';

/**
 * The starting year of the academic year a date falls in.
 * @example academicYearOf('2027-08-31') // 2026
 * @example academicYearOf('2027-09-01') // 2027
 */
export function academicYearOf(date: TPlainDate): number {
  const parts = parsePlainDate(date);
  if (!parts) throw new Error(`Not a plain date: "${date}"`);
  return parts.month >= 9 ? parts.year : parts.year - 1;
}

/**
 * The inclusive range of the academic year starting in `startYear` (e.g. a year's suspension
 * after an annual review, R-GEN-ANNUAL).
 * @example academicYearRange(2027) // { from: '2027-09-01', to: '2028-08-31' }
 */
export function academicYearRange(startYear: number): TDateRange {
  return { from: `${startYear}-09-01`, to: `${startYear + 1}-08-31` };
}

// Which days are public holidays (R-CSC-ABS): an officer's list for a year wins, then the list
// the system ships (announced.ts), then the statutory days computed for that year.
import { dayNumber, fromDayNumber, normalizeIntervals, rangeToInterval } from '@/domain/dates';
import type { TDayInterval, TPlainDate } from '@/domain/dates';

import { ANNOUNCED_HOLIDAYS } from './announced';
import { statutoryHolidays } from './statutory';

/** Officers' lists by year: a year present here replaces the system's data for that year. */
export type THolidayLists = Readonly<Record<number, readonly TPlainDate[]>>;

/** Where a year's holidays came from. */
export type THolidaySource = 'officer' | 'announced' | 'statutory';

const systemCache = new Map<number, readonly TDayInterval[]>();

/**
 * Groups a flat list of dates (the contract's `publicHolidays`) into lists by year.
 * @example holidayListsByYear(['2027-01-01', '2026-10-01']) // { 2026: ['2026-10-01'], 2027: ['2027-01-01'] }
 */
export function holidayListsByYear(dates: readonly TPlainDate[]): Record<number, TPlainDate[]> {
  const lists: Record<number, TPlainDate[]> = {};
  for (const date of dates) (lists[Number(date.slice(0, 4))] ??= []).push(date);
  return lists;
}

/**
 * Where the holidays of `year` come from, given officers' lists.
 * @example holidaySourceOf(2025) // 'announced'
 * @example holidaySourceOf(2031) // 'statutory'
 */
export function holidaySourceOf(year: number, officerLists: THolidayLists = {}): THolidaySource {
  if (officerLists[year]) return 'officer';
  return ANNOUNCED_HOLIDAYS[year] ? 'announced' : 'statutory';
}

function systemIntervals(year: number): readonly TDayInterval[] {
  let intervals = systemCache.get(year);
  if (!intervals) {
    const announced = ANNOUNCED_HOLIDAYS[year];
    intervals = announced
      ? normalizeIntervals(announced.daysOff.map(rangeToInterval))
      : normalizeIntervals(
          statutoryHolidays(year).map((d): TDayInterval => [dayNumber(d), dayNumber(d)]),
        );
    systemCache.set(year, intervals);
  }
  return intervals;
}

/**
 * The public holidays of a year as normalized day-number intervals (for day arithmetic).
 * @example publicHolidayIntervals(2025)[0] // [dayNumber('2025-01-01'), dayNumber('2025-01-01')]
 */
export function publicHolidayIntervals(
  year: number,
  officerLists: THolidayLists = {},
): readonly TDayInterval[] {
  const officer = officerLists[year];
  if (!officer) return systemIntervals(year);
  return normalizeIntervals(officer.map((d): TDayInterval => [dayNumber(d), dayNumber(d)]));
}

/**
 * The public holidays of a year as sorted plain dates.
 * @example publicHolidaysOf(2026).includes('2026-02-23') // true
 */
export function publicHolidaysOf(year: number, officerLists: THolidayLists = {}): TPlainDate[] {
  const dates: TPlainDate[] = [];
  for (const [from, to] of publicHolidayIntervals(year, officerLists)) {
    for (let day = from; day <= to; day++) dates.push(fromDayNumber(day));
  }
  return dates;
}

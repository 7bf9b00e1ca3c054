// R-CSC-ABS: which days of a personal absence suspend the living allowance. Days away run from
// the departure day to the day before the return day; only those outside vacations and public
// holidays are counted; when more than 15 are counted, exactly the counted days are suspended.
import {
  countDays,
  dayNumber,
  normalizeIntervals,
  partsOfDayNumber,
  subtractIntervals,
} from '@/domain/dates';
import type { TDayInterval } from '@/domain/dates';
import { publicHolidayIntervals } from '@/domain/holidays';
import type { THolidayLists } from '@/domain/holidays';

import type { TAbsence } from './types';

/** Counted days beyond which an absence suspends the living allowance. */
export const ABSENCE_DAYS_ALLOWED = 15;

/** Context for counting: vacations (normalized) and holiday lists by year. */
export type TAbsenceContext = {
  vacations: readonly TDayInterval[];
  holidayLists: THolidayLists;
  /** The last day an unfinished absence (no return date yet) is counted to. */
  openEnd: number;
};

function holidaysBetween(from: number, to: number, lists: THolidayLists): TDayInterval[] {
  const intervals: TDayInterval[] = [];
  for (
    let year = partsOfDayNumber(from).year, last = partsOfDayNumber(to).year;
    year <= last;
    year++
  ) {
    intervals.push(...publicHolidayIntervals(year, lists));
  }
  return intervals;
}

/**
 * The counted days of one absence: away days outside vacations and public holidays.
 * @example countedAbsenceDays({ from: '2027-03-01', to: '2027-03-17', reason: 'personal' }, ctx) // [[day('2027-03-01'), day('2027-03-16')]]
 */
export function countedAbsenceDays(absence: TAbsence, context: TAbsenceContext): TDayInterval[] {
  const to = absence.to === null ? context.openEnd : dayNumber(absence.to);
  const excluded = normalizeIntervals([
    ...context.vacations,
    ...holidaysBetween(dayNumber(absence.from), to, context.holidayLists),
  ]);
  return countedWithin(absence, excluded, context.openEnd);
}

/** Away days (departure to the day before return) less the excluded days (normalized). */
function countedWithin(
  absence: TAbsence,
  excluded: readonly TDayInterval[],
  openEnd: number,
): TDayInterval[] {
  const away: TDayInterval = [
    dayNumber(absence.from),
    absence.to === null ? openEnd : dayNumber(absence.to) - 1,
  ];
  return away[1] < away[0] ? [] : subtractIntervals([away], excluded);
}

/**
 * The days on which the living allowance is suspended by absences (normalized intervals).
 * @example suspendingAbsenceDays([{ from: '2027-03-01', to: '2027-03-16', reason: 'personal' }], ctx) // [] (15 days)
 */
export function suspendingAbsenceDays(
  absences: readonly TAbsence[],
  context: TAbsenceContext,
): TDayInterval[] {
  const personal = absences.filter((a) => a.reason === 'personal');
  // Note: R-CSC-ABS. Absences for study or research approved by the host never suspend.
  if (personal.length === 0) return [];
  // Vacations and holidays are merged once for all the absences of the award.
  let first = Infinity;
  let last = -Infinity;
  for (const absence of personal) {
    first = Math.min(first, dayNumber(absence.from));
    last = Math.max(last, absence.to === null ? context.openEnd : dayNumber(absence.to));
  }
  const excluded = normalizeIntervals([
    ...context.vacations,
    ...holidaysBetween(first, last, context.holidayLists),
  ]);
  const suspended: TDayInterval[] = [];
  for (const absence of personal) {
    const counted = countedWithin(absence, excluded, context.openEnd);
    if (countDays(counted) > ABSENCE_DAYS_ALLOWED) suspended.push(...counted);
  }
  return normalizeIntervals(suspended);
}

// The days on which each allowance of an award may pay, as interval sets of day numbers, built
// once per award. A half month then pays when it touches the set (R-GEN-HALF-MONTH).
import type { TMonthlyPlan } from '@/domain/coverage';
import {
  dayNumber,
  intersectIntervals,
  normalizeIntervals,
  rangeToInterval,
  subtractIntervals,
} from '@/domain/dates';
import type { TDayInterval } from '@/domain/dates';
import { holidayListsByYear } from '@/domain/holidays';

import { suspendingAbsenceDays } from './absences';
import type { TAccommodationPeriod, TAllowanceAward } from './types';

/** A day number later than any real date: "no end". */
export const OPEN_END = 2 ** 30;

/**
 * Nested sets for one item: `due` (registered and not ended), `notSuspended` (less
 * suspensions), `payable` (less suspending absences); `away` holds the suspending absence days
 * themselves. The gaps between them say why a half was withheld.
 */
export type TItemDays = {
  due: readonly TDayInterval[];
  notSuspended: readonly TDayInterval[];
  payable: readonly TDayInterval[];
  away: readonly TDayInterval[];
};

export type TAwardDays = { allowance: TItemDays | null; accommodation: TItemDays | null };

function dayOrOpen(date: string | null | undefined): number {
  return date ? dayNumber(date) : OPEN_END;
}

/**
 * Last day in force (R-GEN-END, R-GEN-DATES): the end of the funded duration, the graduation
 * date, or the day before revocation, whichever is first.
 * @example fromDayNumber(lastDayInForce({ …award, endDate: '2030-06-30', revokedOn: '2028-03-01' })) // '2028-02-29'
 */
export function lastDayInForce(award: TAllowanceAward): number {
  const revokedLast = award.revokedOn ? dayNumber(award.revokedOn) - 1 : OPEN_END;
  return Math.min(dayOrOpen(award.endDate), dayOrOpen(award.graduationDate), revokedLast);
}

/**
 * Last day of the living allowance or stipend. R-CSC-LIV-3: CSC living runs 15 days past the
 * graduation date, even past the funded end date, when graduation is what ends the award.
 * @example fromDayNumber(lastAllowanceDay({ …award, endDate: '2030-06-30', graduationDate: '2030-06-30' }, 15)) // '2030-07-15'
 */
export function lastAllowanceDay(award: TAllowanceAward, daysAfterGraduation: number): number {
  const last = lastDayInForce(award);
  if (daysAfterGraduation === 0 || !award.graduationDate) return last;
  const graduation = dayNumber(award.graduationDate);
  // Note: R-GEN-END. If the funded duration ran out before graduation, the award ended first
  // and there is nothing to extend.
  if (graduation > dayOrOpen(award.endDate)) return last;
  const revokedLast = award.revokedOn ? dayNumber(award.revokedOn) - 1 : OPEN_END;
  return Math.min(graduation + daysAfterGraduation, revokedLast);
}

/** Approved off-campus days: each period runs to its `to`, or to the day before the next period. */
function offCampusDays(periods: readonly TAccommodationPeriod[]): TDayInterval[] {
  const sorted = [...periods].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  const days: TDayInterval[] = [];
  sorted.forEach((period, i) => {
    if (!period.offCampus || period.isApproved === false) return;
    const next = sorted[i + 1];
    const until = Math.min(dayOrOpen(period.to), next ? dayNumber(next.from) - 1 : OPEN_END);
    days.push([dayNumber(period.from), until]);
  });
  return normalizeIntervals(days);
}

/**
 * The paying days of an award's allowances. `openEnd` bounds an absence with no return date.
 * @example buildAwardDays(award, plan, dayNumber('2027-08-31'), false).allowance?.payable
 */
export function buildAwardDays(
  award: TAllowanceAward,
  plan: TMonthlyPlan,
  openEnd: number,
  isAbsenceRuleOn: boolean,
): TAwardDays {
  if (!award.registrationDate) return { allowance: null, accommodation: null };
  const registered = dayNumber(award.registrationDate);
  const suspensions = normalizeIntervals((award.suspensions ?? []).map(rangeToInterval));

  let allowance: TItemDays | null = null;
  if (plan.allowance) {
    const due = normalizeIntervals([
      [registered, lastAllowanceDay(award, plan.allowance.daysAfterGraduation)],
    ]);
    const notSuspended = subtractIntervals(due, suspensions);
    const absences = award.absences ?? [];
    const away =
      isAbsenceRuleOn && absences.length > 0
        ? suspendingAbsenceDays(absences, {
            vacations: normalizeIntervals((award.vacations ?? []).map(rangeToInterval)),
            holidayLists: award.publicHolidays ? holidayListsByYear(award.publicHolidays) : {},
            openEnd,
          })
        : [];
    allowance = {
      due,
      notSuspended,
      payable: subtractIntervals(notSuspended, away),
      away: intersectIntervals(notSuspended, away),
    };
  }

  let accommodation: TItemDays | null = null;
  if (plan.accommodation) {
    const inForce = normalizeIntervals([[registered, lastDayInForce(award)]]);
    const due = intersectIntervals(inForce, offCampusDays(award.accommodation ?? []));
    const notSuspended = subtractIntervals(due, suspensions);
    accommodation = { due, notSuspended, payable: notSuspended, away: [] };
  }
  return { allowance, accommodation };
}

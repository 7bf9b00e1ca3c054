import { comparePlainDates, daysInMonth, parsePlainDate, type TPlainDate } from '../dates';

/** R-CSC-ELIG: the examination may be at most this many months before submission. */
export const PHYSICAL_EXAM_VALID_MONTHS = 6;

/**
 * The earliest examination date still valid for a submission on `submittedOn`: the same day
 * six months earlier, or that month's last day when it has no such day (31 Aug → 28/29 Feb).
 * @example earliestValidExamOn('2026-08-31') // '2026-02-28'
 */
export function earliestValidExamOn(submittedOn: TPlainDate): TPlainDate {
  const parts = parsePlainDate(submittedOn);
  if (!parts) throw new Error(`Not a plain date: "${submittedOn}"`);
  const index = parts.year * 12 + (parts.month - 1) - PHYSICAL_EXAM_VALID_MONTHS;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const day = Math.min(parts.day, daysInMonth(year, month));
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * R-CSC-ELIG: the Foreigner Physical Examination Form is valid when it is dated no more than
 * six months before submission (both Beijing dates), and not after it. Exactly six months
 * before counts ("no more than").
 * @example isPhysicalExamValid('2026-01-15', '2026-07-15') // true
 * @example isPhysicalExamValid('2026-01-14', '2026-07-15') // false
 */
export function isPhysicalExamValid(examOn: TPlainDate, submittedOn: TPlainDate): boolean {
  if (!parsePlainDate(examOn) || !parsePlainDate(submittedOn)) return false;
  return (
    comparePlainDates(examOn, submittedOn) <= 0 &&
    comparePlainDates(examOn, earliestValidExamOn(submittedOn)) >= 0
  );
}

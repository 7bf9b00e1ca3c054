// The allowances of an award, month by month: inputs (the award and its events) and the
// schedule it produces. Field names follow the `allowances` JSON contract.
import type { TRateOverrides, TAwardTerms, TSponsor } from '@/domain/coverage/types';
import type { TDateRange, TPlainDate, TYearMonth } from '@/domain/dates';

/**
 * Where the holder lives from `from` (until the next period starts, or `to` when given). An
 * off-campus period pays accommodation only with the host's approval (R-CSC-ACCOM); a period
 * recorded as off campus is taken as approved unless `isApproved` is false.
 */
export type TAccommodationPeriod = {
  from: TPlainDate;
  to?: TPlainDate | null;
  offCampus: boolean;
  isApproved?: boolean;
};

/** Why the holder left China (R-CSC-ABS): only "personal" can suspend the living allowance. */
export type TAbsenceReason = 'personal' | 'study' | 'research';

/** An absence from China: departure day `from` (away) to return day `to` (present); null: not back yet. */
export type TAbsence = { from: TPlainDate; to: TPlainDate | null; reason: TAbsenceReason };

/** An award and the events that move its allowances. Dates follow R-GEN-DATES. */
export type TAllowanceAward = TAwardTerms & {
  /** null: not registered yet, so nothing is paid. */
  registrationDate: TPlainDate | null;
  qualificationPassedOn?: TPlainDate | null;
  /** Last day of the funded duration. */
  endDate?: TPlainDate | null;
  /** Last day in force (the CSC living allowance runs 15 days more, R-CSC-LIV-3). */
  graduationDate?: TPlainDate | null;
  /** First day no longer in force. */
  revokedOn?: TPlainDate | null;
  accommodation?: readonly TAccommodationPeriod[];
  absences?: readonly TAbsence[];
  vacations?: readonly TDateRange[];
  suspensions?: readonly TDateRange[];
  /** The public holidays of the years it covers; null: the system's data (holidays module). */
  publicHolidays?: readonly TPlainDate[] | null;
};

/** The months to list, both included. */
export type TMonthWindow = { from: TYearMonth; to: TYearMonth };

/**
 * How a suspending absence withholds halves (R-CSC-ABS with R-GEN-HALF-MONTH):
 * 'whole_half' (default, RULES' wording) withholds a half only when none of its days in force is
 * free of counted away days; 'any_day' withholds every half that holds a counted away day.
 */
export type TAbsenceHalves = 'whole_half' | 'any_day';

/** Call settings: officers' amounts, and R-CSC-ABS switched on for a BGS or CAS-ANSO call. */
export type TAllowanceSettings = {
  rates?: TRateOverrides;
  /** Applies R-CSC-ABS to a non-CSC award (off by default); CSC always applies it. */
  isAbsenceRuleOn?: boolean;
  absenceHalves?: TAbsenceHalves;
};

export type TAllowanceItem = 'living' | 'stipend' | 'accommodation';

/** What a month pays for one item: `halves` paid (1 or 2) and the rule that sets the amount. */
export type TAllowanceLine = {
  item: TAllowanceItem;
  amountFen: number;
  sponsor: TSponsor;
  halves: 1 | 2;
  rule: string;
};

/** A half month that was due but not paid, and why. */
export type TWithheldHalf = {
  item: TAllowanceItem;
  half: 1 | 2;
  reason: 'suspended' | 'absence' | 'cap';
  rule: string;
};

export type TAllowanceMonth = {
  month: TYearMonth;
  lines: readonly TAllowanceLine[];
  totalFen: number;
  withheld: readonly TWithheldHalf[];
};

export type TAllowanceSchedule = { months: TAllowanceMonth[]; totalFen: number };

// Builders for allowance tests: one award per program with every field at a neutral value, so a
// test states only the fact it is about.
import type { TAllowanceAward, TAllowanceMonth, TAllowanceSchedule } from './types';

/** A full CSC doctoral scholarship (living 3,500, accommodation 1,000) registered 2026-09-01. */
export function cscAward(overrides: Partial<TAllowanceAward> = {}): TAllowanceAward {
  return {
    program: 'csc',
    level: 'doctoral',
    subjectCategory: 'II',
    bgsCategory: null,
    items: 'full',
    twas: false,
    inChinaAtApplication: false,
    registrationDate: '2026-09-01',
    qualificationPassedOn: null,
    endDate: '2030-06-30',
    graduationDate: null,
    revokedOn: null,
    accommodation: [],
    absences: [],
    vacations: [],
    suspensions: [],
    publicHolidays: null,
    monthlyAmountFen: null,
    ...overrides,
  };
}

/** A CAS-ANSO PhD award (6,000 → 7,000, 48 months) registered 2026-09-01. */
export function ansoAward(overrides: Partial<TAllowanceAward> = {}): TAllowanceAward {
  return cscAward({
    program: 'cas-anso',
    level: 'doctoral',
    subjectCategory: null,
    endDate: null,
    ...overrides,
  });
}

/** The month `month` of a schedule; throws when the window does not list it. */
export function monthOf(schedule: TAllowanceSchedule, month: string): TAllowanceMonth {
  const found = schedule.months.find((m) => m.month === month);
  if (!found) throw new Error(`month ${month} is not in the schedule`);
  return found;
}

/** Fen paid for `item` in `month` (0 when no line). */
export function paid(schedule: TAllowanceSchedule, month: string, item = 'living'): number {
  return monthOf(schedule, month).lines.find((l) => l.item === item)?.amountFen ?? 0;
}

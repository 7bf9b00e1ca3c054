// Monthly allowances of an award over a window of months. Each half month of each item is
// decided on day-number interval sets (day-sets.ts) with a moving cursor, so 48 months of an
// award cost a few hundred integer comparisons and no date parsing.
import { monthlyPlanOf } from '@/domain/coverage';
import {
  FIRST_HALF_LAST_DAY,
  firstDayNumberOfMonth,
  fromMonthIndex,
  monthIndex,
  monthIndexOfDate,
} from '@/domain/dates';
import type { TDayInterval } from '@/domain/dates';
import { halve } from '@/domain/money';

import { buildAwardDays } from './day-sets';
import type { TItemDays } from './day-sets';
import type {
  TAbsenceHalves,
  TAllowanceAward,
  TAllowanceItem,
  TAllowanceLine,
  TAllowanceMonth,
  TAllowanceSchedule,
  TAllowanceSettings,
  TMonthWindow,
  TWithheldHalf,
} from './types';

/** Walks a normalized interval list forward: halves are visited in increasing order. */
class Cursor {
  private index = 0;
  constructor(private readonly intervals: readonly TDayInterval[]) {}
  touches(from: number, to: number): boolean {
    const list = this.intervals;
    while (this.index < list.length && list[this.index]![1] < from) this.index++;
    return this.index < list.length && list[this.index]![0] <= to;
  }
}

type TItemCursors = {
  due: Cursor;
  notSuspended: Cursor;
  payable: Cursor;
  /** Set only for the 'any_day' reading of absences. */
  away: Cursor | null;
};

function cursorsOf(days: TItemDays | null, absenceHalves: TAbsenceHalves): TItemCursors | null {
  if (!days) return null;
  return {
    due: new Cursor(days.due),
    notSuspended: new Cursor(days.notSuspended),
    payable: new Cursor(days.payable),
    away: absenceHalves === 'any_day' && days.away.length > 0 ? new Cursor(days.away) : null,
  };
}

/** 'paid', a reason to withhold, or null: not due (before registration or after the end). */
type TVerdict = 'paid' | TWithheldHalf['reason'] | null;

function judgeHalf(c: TItemCursors, from: number, to: number): TVerdict {
  if (!c.due.touches(from, to)) return null;
  if (!c.notSuspended.touches(from, to)) return 'suspended';
  if (!c.payable.touches(from, to)) return 'absence';
  return c.away?.touches(from, to) ? 'absence' : 'paid';
}

function withheldRule(reason: TWithheldHalf['reason']): string {
  return reason === 'absence' ? 'R-CSC-ABS' : reason === 'cap' ? 'R-GEN-CAP' : 'R-GEN-HALF-MONTH';
}

// Most months withhold nothing, and some pay nothing: they share one empty list each until
// something is added, which saves an allocation per month on the pay-run hot path.
const NOTHING_WITHHELD: readonly TWithheldHalf[] = Object.freeze([]);
const NO_LINES: readonly TAllowanceLine[] = Object.freeze([]);

function addLine(month: TAllowanceMonth, line: TAllowanceLine): void {
  if (month.lines === NO_LINES) month.lines = [line];
  else (month.lines as TAllowanceLine[]).push(line);
}

function withhold(
  month: TAllowanceMonth,
  item: TAllowanceItem,
  half: number,
  reason: TWithheldHalf['reason'],
): void {
  if (month.withheld === NOTHING_WITHHELD) month.withheld = [];
  (month.withheld as TWithheldHalf[]).push({
    item,
    half: half === 0 ? 1 : 2,
    reason,
    rule: withheldRule(reason),
  });
}

/**
 * The allowances of every month of `window`: lines of the living allowance or stipend and of
 * the accommodation allowance, with their sponsor, halves and rule; halves due but withheld
 * (suspension, absence, cap) are listed with their reason. Throws on unusable award terms
 * (checkAwardTerms): the caller validates first.
 * @example computeAllowances({ program: 'csc', level: 'doctoral', items: 'full', registrationDate: '2026-09-16' }, { from: '2026-09', to: '2026-09' }).totalFen // 175000
 */
export function computeAllowances(
  award: TAllowanceAward,
  window: TMonthWindow,
  settings: TAllowanceSettings = {},
): TAllowanceSchedule {
  const plan = monthlyPlanOf(award, settings.rates);
  const firstMonth = monthIndex(window.from);
  const lastMonth = monthIndex(window.to);
  const months: TAllowanceMonth[] = [];
  for (let m = firstMonth; m <= lastMonth; m++) {
    months.push({
      month: fromMonthIndex(m),
      lines: NO_LINES,
      totalFen: 0,
      withheld: NOTHING_WITHHELD,
    });
  }
  if (!award.registrationDate || months.length === 0) return { months, totalFen: 0 };

  // Note: R-CSC-ABS is CSC's; a BGS or CAS-ANSO (or PIFI) call may switch it on.
  const isAbsenceRuleOn = award.program === 'csc' || settings.isAbsenceRuleOn === true;
  const windowEnd = firstDayNumberOfMonth(lastMonth + 1) - 1;
  const days = buildAwardDays(award, plan, windowEnd, isAbsenceRuleOn);
  const absenceHalves = settings.absenceHalves ?? 'whole_half';
  const allowance = cursorsOf(days.allowance, absenceHalves);
  const accommodation = cursorsOf(days.accommodation, absenceHalves);
  const allowancePlan = plan.allowance;
  const accommodationPlan = plan.accommodation;
  const capHalves = allowancePlan?.capMonths != null ? allowancePlan.capMonths * 2 : null;
  const qualifiedMonth = award.qualificationPassedOn
    ? monthIndexOfDate(award.qualificationPassedOn)
    : null;
  const baseHalves = halve(allowancePlan?.monthlyFen ?? 0);
  const raisedHalves = halve(allowancePlan?.afterQualificationFen ?? 0);
  const accommodationHalves = halve(accommodationPlan?.monthlyFen ?? 0);

  // Note: R-GEN-CAP counts halves paid since registration, so a capped award starts there.
  const registeredMonth = monthIndexOfDate(award.registrationDate);
  const startMonth = capHalves !== null ? registeredMonth : Math.max(registeredMonth, firstMonth);
  let paidHalves = 0;
  let total = 0;
  let monthStart = firstDayNumberOfMonth(startMonth);
  for (let m = startMonth; m <= lastMonth; m++) {
    const nextStart = firstDayNumberOfMonth(m + 1);
    const secondStart = monthStart + FIRST_HALF_LAST_DAY;
    const record = m >= firstMonth ? months[m - firstMonth]! : null;
    if (allowance && allowancePlan) {
      // Note: R-ANSO-STIPEND. The higher stipend starts the calendar month after the pass date.
      const isRaised =
        allowancePlan.afterQualificationFen !== null &&
        qualifiedMonth !== null &&
        m > qualifiedMonth;
      const amounts = isRaised ? raisedHalves : baseHalves;
      let amount = 0;
      let count = 0;
      for (let h = 0; h < 2; h++) {
        let verdict: TVerdict =
          h === 0
            ? judgeHalf(allowance, monthStart, secondStart - 1)
            : judgeHalf(allowance, secondStart, nextStart - 1);
        if (verdict === 'paid' && capHalves !== null && paidHalves >= capHalves) verdict = 'cap';
        if (verdict === 'paid') {
          paidHalves++;
          amount += amounts[h]!;
          count++;
        } else if (verdict !== null && record) {
          withhold(record, allowancePlan.item, h, verdict);
        }
      }
      if (record && amount > 0) {
        addLine(record, {
          item: allowancePlan.item,
          amountFen: amount,
          sponsor: allowancePlan.sponsor,
          halves: count as 1 | 2,
          rule: allowancePlan.rule,
        });
      }
    }
    if (accommodation && accommodationPlan && record) {
      let amount = 0;
      let count = 0;
      for (let h = 0; h < 2; h++) {
        const verdict =
          h === 0
            ? judgeHalf(accommodation, monthStart, secondStart - 1)
            : judgeHalf(accommodation, secondStart, nextStart - 1);
        if (verdict === 'paid') {
          amount += accommodationHalves[h]!;
          count++;
        } else if (verdict !== null) {
          withhold(record, 'accommodation', h, verdict);
        }
      }
      if (amount > 0) {
        addLine(record, {
          item: 'accommodation',
          amountFen: amount,
          sponsor: accommodationPlan.sponsor,
          halves: count as 1 | 2,
          rule: accommodationPlan.rule,
        });
      }
    }
    if (record) {
      let monthTotal = 0;
      for (const line of record.lines) monthTotal += line.amountFen;
      record.totalFen = monthTotal;
      total += monthTotal;
    }
    monthStart = nextStart;
  }
  return { months, totalFen: total };
}

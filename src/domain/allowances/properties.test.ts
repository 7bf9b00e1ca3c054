import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { monthlyPlanOf } from '@/domain/coverage';
import { dayNumber, fromDayNumber } from '@/domain/dates';

import { computeAllowances } from './compute-allowances';
import { cscAward } from './award.fixture';
import type { TAbsence, TAllowanceAward } from './types';

const BASE = dayNumber('2026-01-01');
const date = (offset: number) => fromDayNumber(BASE + offset);
// A window wide enough to hold every generated award from registration to its end.
const EVERYTHING = { from: '2025-12', to: '2034-12' };

const terms = fc.constantFrom<Partial<TAllowanceAward>>(
  { program: 'csc', level: 'doctoral', items: 'full' },
  { program: 'csc', level: 'undergraduate', items: ['living'] },
  { program: 'csc', level: 'master', items: ['accommodation', 'tuition'] },
  { program: 'bgs', level: 'visiting', bgsCategory: 'A' },
  { program: 'bgs', level: 'research_scholar', bgsCategory: 'B' },
  { program: 'cas-anso', level: 'master' },
  { program: 'cas-anso', level: 'doctoral' },
  { program: 'pifi', level: 'fellow', monthlyAmountFen: 2_000_001 },
);
const range = fc
  .tuple(fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 0, max: 120 }))
  .map(([from, length]) => ({ from: date(from), to: date(from + length) }));
const absence = fc
  .tuple(
    fc.integer({ min: 0, max: 2000 }),
    fc.integer({ min: 0, max: 90 }),
    fc.constantFrom('personal', 'personal', 'study'),
  )
  .map(([from, length, reason]): TAbsence => ({
    from: date(from),
    to: date(from + length),
    reason: reason as TAbsence['reason'],
  }));

const award = fc
  .record({
    terms,
    registered: fc.integer({ min: 0, max: 400 }),
    length: fc.integer({ min: 0, max: 1800 }),
    hasEnd: fc.boolean(),
    graduation: fc.option(fc.integer({ min: 0, max: 1800 })),
    revoked: fc.option(fc.integer({ min: 0, max: 2000 })),
    qualified: fc.option(fc.integer({ min: 0, max: 900 })),
    suspensions: fc.array(range, { maxLength: 2 }),
    vacations: fc.array(range, { maxLength: 2 }),
    absences: fc.array(absence, { maxLength: 3 }),
    accommodation: fc.array(
      fc.record({ from: fc.integer({ min: 0, max: 1500 }), offCampus: fc.boolean() }),
      { maxLength: 3 },
    ),
  })
  .map((r) =>
    cscAward({
      ...r.terms,
      registrationDate: date(r.registered),
      endDate: r.hasEnd ? date(r.registered + r.length) : null,
      graduationDate: r.graduation === null ? null : date(r.registered + r.graduation),
      revokedOn: r.revoked === null ? null : date(r.revoked),
      qualificationPassedOn: r.qualified === null ? null : date(r.registered + r.qualified),
      suspensions: r.suspensions,
      vacations: r.vacations,
      absences: r.absences,
      accommodation: r.accommodation.map((a) => ({ from: date(a.from), offCampus: a.offCampus })),
    }),
  );
const settings = fc.record({
  isAbsenceRuleOn: fc.boolean(),
  absenceHalves: fc.constantFrom('whole_half' as const, 'any_day' as const),
});

function halvesPaid(a: TAllowanceAward, s: object): number {
  return computeAllowances(a, EVERYTHING, s).months.reduce(
    (n, m) => n + m.lines.reduce((k, l) => k + (l.item === 'accommodation' ? 0 : l.halves), 0),
    0,
  );
}

describe('allowance invariants (property tests)', () => {
  it('R-GEN-HALF-MONTH: no month pays more than the full monthly amount of an item', () => {
    fc.assert(
      fc.property(award, settings, (a, s) => {
        const plan = monthlyPlanOf(a);
        const allowanceMax = Math.max(
          plan.allowance?.monthlyFen ?? 0,
          plan.allowance?.afterQualificationFen ?? 0,
        );
        const schedule = computeAllowances(a, EVERYTHING, s);
        let sum = 0;
        for (const month of schedule.months) {
          for (const line of month.lines) {
            expect(line.amountFen).toBeGreaterThan(0);
            expect(line.amountFen).toBeLessThanOrEqual(
              line.item === 'accommodation' ? plan.accommodation!.monthlyFen : allowanceMax,
            );
          }
          expect(month.totalFen).toBeLessThanOrEqual(
            allowanceMax + (plan.accommodation?.monthlyFen ?? 0),
          );
          sum += month.totalFen;
        }
        expect(schedule.totalFen).toBe(sum);
      }),
      { numRuns: 300 },
    );
  });

  it('R-CSC-ABS: adding an absence never increases a total', () => {
    fc.assert(
      fc.property(award, absence, settings, (a, extra, s) => {
        const withAbsence = { ...a, absences: [...(a.absences ?? []), extra] };
        const before = computeAllowances(a, EVERYTHING, s);
        const after = computeAllowances(withAbsence, EVERYTHING, s);
        // Note: R-GEN-CAP × R-ANSO-STIPEND. A capped stipend with a qualification step can move a
        // withheld 6,000 half to a 7,000 half at the end of the cap: the halves never increase,
        // the fen can. Every other award never pays more fen.
        if (a.program === 'cas-anso' && a.level === 'doctoral') {
          expect(halvesPaid(withAbsence, s)).toBeLessThanOrEqual(halvesPaid(a, s));
        } else {
          expect(after.totalFen).toBeLessThanOrEqual(before.totalFen);
          // A capped award pays a withheld half later, so only an uncapped one compares by month.
          if (monthlyPlanOf(a).allowance?.capMonths == null) {
            after.months.forEach((m, i) =>
              expect(m.totalFen).toBeLessThanOrEqual(before.months[i]!.totalFen),
            );
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('R-GEN-HALF-MONTH: registering later never pays more', () => {
    fc.assert(
      fc.property(award, fc.integer({ min: 1, max: 200 }), settings, (a, delay, s) => {
        const laterOn = fromDayNumber(dayNumber(a.registrationDate!) + delay);
        // Note: an absence from China before someone has registered (arrived) is not a real
        // case; with one, registering after it can avoid a suspension the earlier date took
        // (seed 2050636740 found this). Both versions keep only absences after both dates.
        const realistic = { ...a, absences: (a.absences ?? []).filter((ab) => ab.from >= laterOn) };
        const later = { ...realistic, registrationDate: laterOn };
        a = realistic;
        if (a.program === 'cas-anso' && a.level === 'doctoral') {
          // Note: same cap × step interaction as above: compare halves paid.
          expect(halvesPaid(later, s)).toBeLessThanOrEqual(halvesPaid(a, s));
        } else {
          expect(computeAllowances(later, EVERYTHING, s).totalFen).toBeLessThanOrEqual(
            computeAllowances(a, EVERYTHING, s).totalFen,
          );
        }
      }),
      { numRuns: 300 },
    );
  });

  it('R-GEN-CAP: a capped stipend never pays more halves than twice its cap', () => {
    fc.assert(
      fc.property(award, settings, (a, s) => {
        const cap = monthlyPlanOf(a).allowance?.capMonths;
        if (cap != null) expect(halvesPaid(a, s)).toBeLessThanOrEqual(cap * 2);
      }),
      { numRuns: 200 },
    );
  });
});

import { describe, expect, it } from 'vitest';

import { countDays, dayNumber } from '@/domain/dates';

import { countedAbsenceDays } from './absences';
import { computeAllowances } from './compute-allowances';
import { ansoAward, cscAward, monthOf, paid } from './award.fixture';
import type { TAbsence } from './types';

const march = { from: '2027-03', to: '2027-03' };
const personal = (from: string, to: string | null): TAbsence => ({ from, to, reason: 'personal' });
const context = { vacations: [], holidayLists: {}, openEnd: dayNumber('2027-12-31') };

describe('absences from China (R-CSC-ABS)', () => {
  it.each([
    ['2027-03-17', 175_000, '16 days away (1–16 March) → the first half, all away, is withheld'],
    ['2027-03-16', 350_000, '15 days away → not more than 15: nothing withheld'],
    ['2027-04-01', 0, 'away all of March → both halves withheld'],
  ])('R-CSC-ABS: left 1 March, back %s → %i fen (%s)', (back, amount) => {
    const schedule = computeAllowances(
      cscAward({ absences: [personal('2027-03-01', back)] }),
      march,
    );
    expect(paid(schedule, '2027-03')).toBe(amount);
  });

  it('R-CSC-ABS: days away = return − departure; the departure day is away, the return day present', () => {
    const counted = countedAbsenceDays(personal('2027-03-01', '2027-03-17'), context);
    expect(counted).toEqual([[dayNumber('2027-03-01'), dayNumber('2027-03-16')]]);
  });

  it('R-CSC-ABS: a withheld half names its rule and reason', () => {
    const schedule = computeAllowances(
      cscAward({ absences: [personal('2027-03-01', '2027-03-17')] }),
      march,
    );
    expect(monthOf(schedule, '2027-03').withheld).toEqual([
      { item: 'living', half: 1, reason: 'absence', rule: 'R-CSC-ABS' },
    ]);
  });

  it('R-CSC-ABS: whole halves — a half with one present day in force is paid (left 2 March, back 18 March)', () => {
    const schedule = computeAllowances(
      cscAward({ absences: [personal('2027-03-02', '2027-03-18')] }),
      march,
    );
    expect(paid(schedule, '2027-03')).toBe(350_000);
  });

  it("R-CSC-ABS: the 'any_day' setting withholds every half holding a counted away day", () => {
    const schedule = computeAllowances(
      cscAward({ absences: [personal('2027-03-02', '2027-03-18')] }),
      march,
      { absenceHalves: 'any_day' },
    );
    expect(paid(schedule, '2027-03')).toBe(0);
  });

  it('R-CSC-ABS: vacation days are not counted (12 counted days after a vacation → nothing withheld)', () => {
    const award = cscAward({
      vacations: [{ from: '2027-01-10', to: '2027-02-20' }],
      absences: [personal('2027-02-10', '2027-03-05')],
    });
    expect(
      countDays(
        countedAbsenceDays(personal('2027-02-10', '2027-03-05'), {
          ...context,
          vacations: [[dayNumber('2027-01-10'), dayNumber('2027-02-20')]],
        }),
      ),
    ).toBe(12);
    expect(computeAllowances(award, { from: '2027-02', to: '2027-03' }).totalFen).toBe(700_000);
  });

  it('R-CSC-ABS: National Day holidays are not counted (1–23 October 2025: 15 counted days → nothing withheld)', () => {
    const award = cscAward({
      registrationDate: '2025-09-01',
      absences: [personal('2025-10-01', '2025-10-24')],
    });
    expect(paid(computeAllowances(award, { from: '2025-10', to: '2025-10' }), '2025-10')).toBe(
      350_000,
    );
  });

  it('R-CSC-ABS: an officer list for 2025 without National Day makes the same absence withhold the first half', () => {
    const award = cscAward({
      registrationDate: '2025-09-01',
      absences: [personal('2025-10-01', '2025-10-24')],
      publicHolidays: ['2025-01-01'],
    });
    expect(paid(computeAllowances(award, { from: '2025-10', to: '2025-10' }), '2025-10')).toBe(
      175_000,
    );
  });

  it.each(['study', 'research'] as const)(
    'R-CSC-ABS: an absence for %s never suspends',
    (reason) => {
      const award = cscAward({ absences: [{ from: '2027-03-01', to: '2027-04-01', reason }] });
      expect(paid(computeAllowances(award, march), '2027-03')).toBe(350_000);
    },
  );

  it('R-CSC-ABS: an absence with no return date counts to the end of the window', () => {
    expect(
      paid(
        computeAllowances(cscAward({ absences: [personal('2027-03-01', null)] }), march),
        '2027-03',
      ),
    ).toBe(0);
    expect(
      paid(
        computeAllowances(cscAward({ absences: [personal('2027-03-20', null)] }), march),
        '2027-03',
      ),
    ).toBe(350_000);
  });

  it('R-CSC-ABS: off by default for BGS; a call setting switches it on', () => {
    const award = cscAward({
      program: 'bgs',
      bgsCategory: 'A',
      absences: [personal('2027-03-01', '2027-04-01')],
    });
    expect(paid(computeAllowances(award, march), '2027-03')).toBe(350_000);
    expect(paid(computeAllowances(award, march, { isAbsenceRuleOn: true }), '2027-03')).toBe(0);
  });

  it('R-CSC-ABS: switched on for CAS-ANSO, it suspends the stipend', () => {
    const award = ansoAward({ absences: [personal('2027-03-01', '2027-04-01')] });
    expect(paid(computeAllowances(award, march), '2027-03', 'stipend')).toBe(600_000);
    expect(
      paid(computeAllowances(award, march, { isAbsenceRuleOn: true }), '2027-03', 'stipend'),
    ).toBe(0);
  });

  it('R-CSC-ABS: the accommodation allowance is never suspended by an absence', () => {
    const award = cscAward({
      accommodation: [{ from: '2026-09-01', offCampus: true }],
      absences: [personal('2027-03-01', '2027-04-01')],
    });
    expect(paid(computeAllowances(award, march), '2027-03', 'accommodation')).toBe(100_000);
  });
});

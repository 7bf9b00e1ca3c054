import { describe, expect, it } from 'vitest';

import { computeAllowances } from './compute-allowances';
import { cscAward, monthOf, paid } from './award.fixture';

const september = { from: '2026-09', to: '2026-09' };

describe('half months, dates and the end of an award', () => {
  it.each([
    ['2026-09-01', 350_000, 2, 'registered on the 1st → whole month'],
    ['2026-09-15', 350_000, 2, 'registered on the 15th → whole month'],
    ['2026-09-16', 175_000, 1, 'registered on the 16th → half'],
    ['2026-09-30', 175_000, 1, 'registered on the last day → half'],
  ])('R-CSC-LIV-2: %s → %i fen (%s)', (registrationDate, amount, halves) => {
    const schedule = computeAllowances(cscAward({ registrationDate }), september);
    expect(monthOf(schedule, '2026-09').lines[0]).toEqual({
      item: 'living',
      amountFen: amount,
      sponsor: 'CSC',
      halves,
      rule: 'R-CSC-LIV-1',
    });
  });

  it('R-GEN-HALF-MONTH: an odd monthly amount gives floor(monthly/2) to the first half, the rest to the second', () => {
    const rates = { monthlyFen: 100_001 };
    expect(
      paid(
        computeAllowances(cscAward({ registrationDate: '2026-09-16' }), september, { rates }),
        '2026-09',
      ),
    ).toBe(50_001);
    expect(
      paid(computeAllowances(cscAward({ endDate: '2026-09-15' }), september, { rates }), '2026-09'),
    ).toBe(50_000);
  });

  it.each([
    ['2027-06-15', 175_000, 'end date on the 15th → first half only'],
    ['2027-06-16', 350_000, 'end date on the 16th → both halves'],
    ['2027-05-31', 0, 'end date the day before the month → nothing'],
  ])('R-GEN-DATES: %s as end date pays %i in June 2027 (%s)', (endDate, amount) => {
    expect(
      paid(computeAllowances(cscAward({ endDate }), { from: '2027-06', to: '2027-06' }), '2027-06'),
    ).toBe(amount);
  });

  it.each([
    ['2027-06-16', 175_000, 'revoked on the 16th → the 15th is the last day: first half'],
    ['2027-06-15', 175_000, 'revoked on the 15th → the 14th is the last day: first half'],
    ['2027-06-02', 175_000, 'revoked on the 2nd → one day in force: first half'],
    ['2027-06-01', 0, 'revoked on the 1st → nothing in June'],
  ])('R-GEN-DATES: revokedOn %s pays %i in June 2027 (%s)', (revokedOn, amount) => {
    expect(
      paid(
        computeAllowances(cscAward({ revokedOn }), { from: '2027-06', to: '2027-06' }),
        '2027-06',
      ),
    ).toBe(amount);
  });

  it('R-GEN-END: the earliest of end, graduation and revocation ends the award', () => {
    const award = cscAward({
      program: 'bgs',
      bgsCategory: 'A',
      graduationDate: '2029-12-20',
      revokedOn: '2030-03-01',
    });
    const schedule = computeAllowances(award, { from: '2029-12', to: '2030-01' });
    expect(paid(schedule, '2029-12')).toBe(350_000);
    expect(paid(schedule, '2030-01')).toBe(0);
  });

  it('R-GEN-HALF-MONTH: a suspension withholds only halves with no day in force', () => {
    const award = cscAward({
      suspensions: [
        { from: '2027-03-10', to: '2027-03-20' },
        { from: '2027-04-01', to: '2027-04-15' },
      ],
    });
    const schedule = computeAllowances(award, { from: '2027-03', to: '2027-04' });
    expect(paid(schedule, '2027-03')).toBe(350_000);
    expect(paid(schedule, '2027-04')).toBe(175_000);
    expect(monthOf(schedule, '2027-04').withheld).toEqual([
      { item: 'living', half: 1, reason: 'suspended', rule: 'R-GEN-HALF-MONTH' },
    ]);
  });

  it('R-GEN-ANNUAL: a suspension for the following academic year withholds every month of it, then resumes', () => {
    const award = cscAward({ suspensions: [{ from: '2027-09-01', to: '2028-08-31' }] });
    const schedule = computeAllowances(award, { from: '2027-08', to: '2028-09' });
    expect(schedule.months.map((m) => m.totalFen)).toEqual([
      350_000,
      ...Array(12).fill(0),
      350_000,
    ]);
  });

  it('every month of the window is listed; months before registration or with no line are empty', () => {
    const schedule = computeAllowances(cscAward({ registrationDate: '2026-10-20' }), {
      from: '2026-08',
      to: '2026-10',
    });
    expect(schedule.months.map((m) => [m.month, m.lines.length])).toEqual([
      ['2026-08', 0],
      ['2026-09', 0],
      ['2026-10', 1],
    ]);
    expect(schedule.totalFen).toBe(175_000);
  });

  it('an award not registered yet pays nothing; lines of 0 fen are left out', () => {
    expect(computeAllowances(cscAward({ registrationDate: null }), september)).toEqual({
      months: [{ month: '2026-09', lines: [], totalFen: 0, withheld: [] }],
      totalFen: 0,
    });
    const pifi = cscAward({ program: 'pifi', level: 'fellow', monthlyAmountFen: 0 });
    expect(computeAllowances(pifi, september).months[0]!.lines).toEqual([]);
  });

  it('unusable terms are a caller bug: a BGS award without a category throws', () => {
    expect(() =>
      computeAllowances(cscAward({ program: 'bgs', bgsCategory: null }), september),
    ).toThrow(/bgsCategory/);
  });
});

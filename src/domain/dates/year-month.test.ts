import { describe, expect, it } from 'vitest';

import { dayNumber } from './plain-date';
import { halfBounds, halfIndexOfDate, halfOfDay } from './half-month';
import {
  daysInMonthIndex,
  firstDayNumberOfMonth,
  fromMonthIndex,
  isYearMonth,
  monthIndex,
  monthsInRange,
} from './year-month';

describe('months and half months', () => {
  it('month indexes run on across a year end', () => {
    expect(fromMonthIndex(monthIndex('2026-12') + 1)).toBe('2027-01');
    expect(monthsInRange('2026-11', '2027-02')).toEqual([
      '2026-11',
      '2026-12',
      '2027-01',
      '2027-02',
    ]);
    expect(monthsInRange('2027-02', '2026-11')).toEqual([]);
    expect(isYearMonth('2026-00')).toBe(false);
  });

  it('first day and length of a month come from the calendar', () => {
    expect(firstDayNumberOfMonth(monthIndex('2028-03'))).toBe(dayNumber('2028-03-01'));
    expect(daysInMonthIndex(monthIndex('2028-02'))).toBe(29);
    expect(daysInMonthIndex(monthIndex('2027-02'))).toBe(28);
  });

  it.each([
    [1, 1],
    [15, 1],
    [16, 2],
    [31, 2],
  ])('R-GEN-HALF-MONTH: day %i is in half %i', (day, half) => {
    expect(halfOfDay(day)).toBe(half);
  });

  it.each([
    ['2027-02-10', '2027-02-01', '2027-02-15'],
    ['2027-02-20', '2027-02-16', '2027-02-28'],
    ['2028-02-29', '2028-02-16', '2028-02-29'],
    ['2027-07-31', '2027-07-16', '2027-07-31'],
  ])('R-GEN-HALF-MONTH: %s lies in the half %s–%s', (date, from, to) => {
    expect(halfBounds(halfIndexOfDate(date))).toEqual([dayNumber(from), dayNumber(to)]);
  });

  it('half indexes of consecutive halves are consecutive', () => {
    expect(halfIndexOfDate('2026-09-16') - halfIndexOfDate('2026-09-15')).toBe(1);
    expect(halfIndexOfDate('2027-01-01') - halfIndexOfDate('2026-12-31')).toBe(1);
  });
});

describe('month tables', () => {
  it('looked-up month starts and labels equal the computed ones, inside and outside the table', () => {
    for (const month of ['1899-12', '1900-01', '2026-09', '2199-12', '2200-01', '2300-02']) {
      const index = monthIndex(month);
      expect(fromMonthIndex(index)).toBe(month);
      expect(firstDayNumberOfMonth(index)).toBe(dayNumber(`${month}-01`));
    }
  });
});

import { describe, expect, it } from 'vitest';

import {
  addDays,
  completedYears,
  dayNumber,
  daysBetween,
  daysInMonth,
  fromDayNumber,
  isPlainDate,
  parsePlainDate,
} from './plain-date';
import { academicYearOf, academicYearRange } from './academic-year';

describe('plain dates', () => {
  it.each([
    ['2024-02-29', true, 'leap day in a leap year'],
    ['2025-02-29', false, 'leap day in a common year'],
    ['2100-02-29', false, 'century that is not a leap year'],
    ['2000-02-29', true, 'century divisible by 400'],
    ['2026-04-31', false, 'day 31 of a 30-day month'],
    ['2026-13-01', false, 'month 13'],
    ['2026-1-01', false, 'unpadded month'],
    ['2026-01-31T00:00', false, 'a time is not a plain date'],
    ['0999-01-01', false, 'years before 1000'],
  ])('R-GEN-DATES: %s valid = %s (%s)', (text, valid) => {
    expect(isPlainDate(text)).toBe(valid);
  });

  it.each([
    [2024, 2, 29],
    [2025, 2, 28],
    [2026, 12, 31],
    [2026, 4, 30],
  ])('days in %i-%i → %i', (year, month, days) => {
    expect(daysInMonth(year, month)).toBe(days);
  });

  it('day numbers round-trip across leap years', () => {
    for (let day = dayNumber('1999-12-25'); day < dayNumber('2032-01-10'); day++) {
      const text = fromDayNumber(day);
      expect(dayNumber(text)).toBe(day);
      expect(fromDayNumber(day + 1) > text).toBe(true);
    }
  });

  it('1970-01-01 is day 0 and dates before it are negative', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('1969-12-31')).toBe(-1);
    expect(fromDayNumber(-1)).toBe('1969-12-31');
  });

  it('R-CSC-ABS: days away = return − departure (1 to 17 March is 16 days)', () => {
    expect(daysBetween('2027-03-01', '2027-03-17')).toBe(16);
    expect(addDays('2026-02-14', 15)).toBe('2026-03-01');
    expect(addDays('2028-02-14', 15)).toBe('2028-02-29');
  });

  it('parsePlainDate rejects a malformed date as null, not a throw', () => {
    expect(parsePlainDate('nonsense')).toBeNull();
    expect(() => dayNumber('nonsense')).toThrow();
  });

  it.each([
    ['2001-09-01', '2026-09-01', 25, 'birthday counts'],
    ['2001-09-02', '2026-09-01', 24, 'day before the birthday'],
    ['2004-02-29', '2025-02-28', 20, 'leap birthday not yet in a common year'],
    ['2004-02-29', '2025-03-01', 21, 'leap birthday completed on 1 March'],
  ])('R-GEN-AGE: born %s, on %s → %i (%s)', (birth, on, age) => {
    expect(completedYears(birth, on)).toBe(age);
  });

  it.each([
    ['2027-08-31', 2026],
    ['2027-09-01', 2027],
  ])('R-GEN-YEAR: %s is in the academic year starting %i', (date, year) => {
    expect(academicYearOf(date)).toBe(year);
    expect(academicYearRange(year).from <= date && date <= academicYearRange(year).to).toBe(true);
  });
});

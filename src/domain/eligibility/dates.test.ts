import { describe, expect, it } from 'vitest';

import { ageOn, beijingDayEndsAt, beijingDayStartsAt, firstOfSeptember } from './dates';

describe('ageOn', () => {
  it.each([
    ['2001-09-01', '2026-09-01', 25, 'the birthday itself counts'],
    ['2001-09-02', '2026-09-01', 24, 'the day before the birthday'],
    ['2001-08-31', '2026-09-01', 25, 'the day after the birthday'],
    ['2000-12-31', '2026-01-01', 25, 'across a year end'],
    ['2004-02-29', '2029-02-28', 24, 'a leap-day birthday is not reached on 28 February'],
    ['2004-02-29', '2029-03-01', 25, 'a leap-day birthday is reached on 1 March'],
    ['2004-02-29', '2028-02-29', 24, 'a leap-day birthday in a leap year'],
  ])('R-GEN-AGE: born %s, on %s → %i (%s)', (birth, on, age) => {
    expect(ageOn(birth, on)).toBe(age);
  });
});

describe('Beijing day boundaries', () => {
  it('R-GEN-TIME: a deadline day closes at 24:00 Beijing time, 16:00Z the same day', () => {
    expect(beijingDayEndsAt('2026-01-31')).toBe('2026-01-31T16:00:00.000Z');
  });

  it('R-GEN-TIME: an opening day starts at 00:00 Beijing time, 16:00Z the day before', () => {
    expect(beijingDayStartsAt('2025-10-15')).toBe('2025-10-14T16:00:00.000Z');
  });

  it.each([
    ['2024-02-29', '2024-02-29T16:00:00.000Z'],
    ['2025-12-31', '2025-12-31T16:00:00.000Z'],
    ['2026-02-28', '2026-02-28T16:00:00.000Z'],
  ])('R-GEN-TIME: the end of %s rolls over month and year ends', (day, instant) => {
    expect(beijingDayEndsAt(day)).toBe(instant);
  });

  it('R-GEN-AGE: the default reference date is 1 September of the intake year', () => {
    expect(firstOfSeptember(2031)).toBe('2031-09-01');
  });
});

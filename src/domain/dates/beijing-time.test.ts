import { describe, expect, it } from 'vitest';

import { beijingDateOf, dayOpensAt, deadlineClosesAt, isBeforeDeadline } from './beijing-time';

describe('Beijing time', () => {
  it('R-GEN-TIME: a deadline day closes at 24:00 Beijing time = 16:00Z that day', () => {
    expect(deadlineClosesAt('2026-01-31')).toBe('2026-01-31T16:00:00Z');
    expect(dayOpensAt('2025-10-15')).toBe('2025-10-14T16:00:00Z');
  });

  it.each([
    ['2026-01-31T15:59:59Z', true, 'one second before 24:00 Beijing'],
    ['2026-01-31T16:00:00Z', false, 'exactly 24:00 Beijing'],
    ['2026-01-31T23:00:00+08:00', true, 'an offset instant on the deadline day'],
  ])('R-GEN-TIME: submitted at %s → in time = %s (%s)', (instant, inTime) => {
    expect(isBeforeDeadline(instant, '2026-01-31')).toBe(inTime);
  });

  it.each([
    ['2026-01-31T15:59:59Z', '2026-01-31'],
    ['2026-01-31T16:00:00Z', '2026-02-01'],
    ['2025-12-31T12:00:00-05:00', '2026-01-01'],
  ])('R-GEN-TIME: the Beijing date of %s is %s', (instant, date) => {
    expect(beijingDateOf(instant)).toBe(date);
  });

  it('R-GEN-TIME: a Date is judged in Beijing whatever the server zone', () => {
    expect(beijingDateOf(new Date(Date.UTC(2026, 0, 31, 16)))).toBe('2026-02-01');
  });
});

import { describe, expect, it } from 'vitest';

import { earliestValidExamOn, isPhysicalExamValid } from './physical-exam';

describe('R-CSC-ELIG: physical examination form valid for six months before submission', () => {
  it.each([
    ['exactly six months before → valid', '2026-01-15', '2026-07-15', true],
    ['six months and one day before → invalid', '2026-01-14', '2026-07-15', false],
    ['on the submission day → valid', '2026-07-15', '2026-07-15', true],
    ['after the submission day → invalid', '2026-07-16', '2026-07-15', false],
    [
      '31 Aug submission, 28 Feb exam (month has no 31st) → valid',
      '2026-02-28',
      '2026-08-31',
      true,
    ],
    ['31 Aug submission, 27 Feb exam → invalid', '2026-02-27', '2026-08-31', false],
    ['leap year: 29 Feb exam for a 31 Aug submission → valid', '2028-02-29', '2028-08-31', true],
    ['across a year: 1 Sep exam for a 1 Mar submission → valid', '2025-09-01', '2026-03-01', true],
    [
      'across a year: 31 Aug exam for a 1 Mar submission → invalid',
      '2025-08-31',
      '2026-03-01',
      false,
    ],
    ['not a date → invalid', '2026-02-30', '2026-07-15', false],
  ])('%s', (_name, examOn, submittedOn, expected) => {
    expect(isPhysicalExamValid(examOn, submittedOn)).toBe(expected);
  });

  it('the earliest valid date clamps to the end of a shorter month', () => {
    expect(earliestValidExamOn('2026-08-31')).toBe('2026-02-28');
    expect(earliestValidExamOn('2026-03-31')).toBe('2025-09-30');
    expect(earliestValidExamOn('2026-01-10')).toBe('2025-07-10');
  });
});

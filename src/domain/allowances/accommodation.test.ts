import { describe, expect, it } from 'vitest';

import { computeAllowances } from './compute-allowances';
import { cscAward, monthOf, paid } from './award.fixture';
import type { TAccommodationPeriod } from './types';

const march = { from: '2027-03', to: '2027-03' };
const offFromStart: TAccommodationPeriod[] = [{ from: '2026-09-01', offCampus: true }];

describe('accommodation allowance (R-CSC-ACCOM)', () => {
  it.each([
    ['undergraduate', 70_000],
    ['preparatory', 70_000],
    ['master', 70_000],
    ['general_scholar', 70_000],
    ['doctoral', 100_000],
    ['senior_scholar', 100_000],
  ] as const)('R-CSC-ACCOM: off campus, a %s gets %i fen a month', (level, amount) => {
    const schedule = computeAllowances(cscAward({ level, accommodation: offFromStart }), march);
    expect(monthOf(schedule, '2027-03').lines[1]).toEqual({
      item: 'accommodation',
      amountFen: amount,
      sponsor: 'CSC',
      halves: 2,
      rule: 'R-CSC-ACCOM',
    });
  });

  it.each<[TAccommodationPeriod[], number, string]>([
    [[{ from: '2026-09-01', offCampus: false }], 0, 'on campus → a free room, no allowance'],
    [
      [{ from: '2026-09-01', offCampus: true, isApproved: false }],
      0,
      'off campus without approval → nothing',
    ],
    [[], 0, 'no accommodation recorded → nothing'],
    [
      [
        { from: '2026-09-01', offCampus: false },
        { from: '2027-03-16', offCampus: true },
      ],
      50_000,
      'moves off campus on the 16th → second half',
    ],
    [
      [
        { from: '2026-09-01', offCampus: true },
        { from: '2027-03-16', offCampus: false },
      ],
      50_000,
      'moves on campus on the 16th → first half',
    ],
    [
      [{ from: '2027-03-01', to: '2027-03-10', offCampus: true }],
      50_000,
      'off campus 1–10 March only → first half',
    ],
  ])('R-CSC-ACCOM: %j pays %i in March (%s)', (accommodation, amount) => {
    expect(
      paid(computeAllowances(cscAward({ accommodation }), march), '2027-03', 'accommodation'),
    ).toBe(amount);
  });

  it.each([
    [['living'], ['living']],
    [['accommodation'], ['accommodation']],
    [['tuition', 'insurance'], []],
  ] as const)('R-CSC-FULL: a partial scholarship of %j pays monthly %j', (items, paidItems) => {
    const schedule = computeAllowances(cscAward({ items, accommodation: offFromStart }), march);
    expect(schedule.months[0]!.lines.map((l) => l.item)).toEqual(paidItems);
  });

  it('R-CSC-ACCOM: a suspension withholds the accommodation allowance too', () => {
    const award = cscAward({
      accommodation: offFromStart,
      suspensions: [{ from: '2027-03-01', to: '2027-03-31' }],
    });
    const schedule = computeAllowances(award, march);
    expect(schedule.totalFen).toBe(0);
    expect(
      monthOf(schedule, '2027-03').withheld.map((w) => `${w.item}/${w.half}/${w.reason}`),
    ).toEqual([
      'living/1/suspended',
      'living/2/suspended',
      'accommodation/1/suspended',
      'accommodation/2/suspended',
    ]);
  });
});

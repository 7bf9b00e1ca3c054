import { describe, expect, it } from 'vitest';

import { computeAllowances } from './compute-allowances';
import { cscAward, paid } from './award.fixture';

const around = (from: string, to: string) => ({ from, to });

describe('CSC living allowance', () => {
  it.each([
    ['undergraduate', 250_000],
    ['preparatory', 250_000],
    ['master', 300_000],
    ['general_scholar', 300_000],
    ['doctoral', 350_000],
    ['senior_scholar', 350_000],
  ] as const)('R-CSC-LIV-1: %s gets %i fen a month', (level, amount) => {
    expect(
      paid(computeAllowances(cscAward({ level }), around('2026-10', '2026-10')), '2026-10'),
    ).toBe(amount);
  });

  // The worked examples of R-CSC-LIV-3 (last day in force = graduation + 15 days).
  it.each<[string, Record<string, number>, string]>([
    [
      '2030-06-30',
      { '2030-06': 350_000, '2030-07': 175_000, '2030-08': 0 },
      'on 30 June (last day 15 July) → June and the first half of July',
    ],
    [
      '2030-06-10',
      { '2030-06': 350_000, '2030-07': 0, '2030-08': 0 },
      'on 10 June (last day 25 June) → June only',
    ],
  ])('R-CSC-LIV-3: graduating %s pays %o (%s)', (graduationDate, expected) => {
    const schedule = computeAllowances(cscAward({ graduationDate }), around('2030-06', '2030-08'));
    for (const [month, amount] of Object.entries(expected))
      expect(paid(schedule, month)).toBe(amount);
  });

  it('R-CSC-LIV-3: graduating on 14 February (last day 1 March) → February and the first half of March', () => {
    const schedule = computeAllowances(
      cscAward({ graduationDate: '2030-02-14' }),
      around('2030-02', '2030-04'),
    );
    expect([
      paid(schedule, '2030-02'),
      paid(schedule, '2030-03'),
      paid(schedule, '2030-04'),
    ]).toEqual([350_000, 175_000, 0]);
  });

  it('R-CSC-LIV-3: the 15 days run past the funded end date when graduation ends the award', () => {
    const schedule = computeAllowances(
      cscAward({ endDate: '2030-06-30', graduationDate: '2030-06-30' }),
      around('2030-07', '2030-07'),
    );
    expect(paid(schedule, '2030-07')).toBe(175_000);
  });

  it('R-GEN-END: a funded duration that ran out before graduation is not extended', () => {
    const schedule = computeAllowances(
      cscAward({ endDate: '2030-01-31', graduationDate: '2030-06-30' }),
      around('2030-01', '2030-02'),
    );
    expect([paid(schedule, '2030-01'), paid(schedule, '2030-02')]).toEqual([350_000, 0]);
  });

  it('R-GEN-END: revocation during the 15 days after graduation stops the living allowance', () => {
    const schedule = computeAllowances(
      cscAward({ graduationDate: '2030-06-30', revokedOn: '2030-07-01' }),
      around('2030-07', '2030-07'),
    );
    expect(paid(schedule, '2030-07')).toBe(0);
  });

  it('R-GEN-END: accommodation is not extended after graduation, only CSC living is', () => {
    const award = cscAward({
      graduationDate: '2030-06-30',
      accommodation: [{ from: '2026-09-01', offCampus: true }],
    });
    const schedule = computeAllowances(award, around('2030-07', '2030-07'));
    expect(schedule.months[0]!.lines.map((l) => l.item)).toEqual(['living']);
  });

  it.each([
    ['bgs', 'master', { bgsCategory: 'A' as const }],
    ['cas-anso', 'master', {}],
    ['pifi', 'fellow', { monthlyAmountFen: 2_000_000 }],
  ] as const)('R-GEN-END: %s pays nothing past graduation', (program, level, extra) => {
    const award = cscAward({
      program,
      level,
      ...extra,
      endDate: null,
      graduationDate: '2028-06-30',
    });
    expect(computeAllowances(award, around('2028-07', '2028-07')).totalFen).toBe(0);
    expect(computeAllowances(award, around('2028-06', '2028-06')).totalFen).toBeGreaterThan(0);
  });
});

import { describe, expect, it } from 'vitest';

import { fundingBandOf } from '@/domain/coverage/levels';

import { BGS_CATEGORY_ITEMS, bgsDefaultsOf } from './coverage';

describe('BGS coverage', () => {
  it('R-BGS-CATS: A has living, B accommodation without living, C neither', () => {
    expect(BGS_CATEGORY_ITEMS.A).toEqual(['tuition', 'accommodation', 'living', 'insurance']);
    expect(BGS_CATEGORY_ITEMS.B).toEqual(['tuition', 'accommodation', 'insurance']);
    expect(BGS_CATEGORY_ITEMS.C).toEqual(['tuition', 'insurance']);
  });

  it.each([
    ['preparatory', 'undergraduate', 250_000, 70_000],
    ['visiting', 'master', 300_000, 70_000],
    ['research_scholar', 'doctoral', 350_000, 100_000],
    ['doctoral', 'doctoral', 350_000, 100_000],
  ] as const)(
    'R-BGS-LEVELS: %s is funded at %s level (CSC defaults)',
    (level, band, living, accommodation) => {
      expect(fundingBandOf(level)).toBe(band);
      expect(bgsDefaultsOf(band)).toEqual({
        livingMonthlyFen: living,
        accommodationMonthlyFen: accommodation,
        insuranceAnnualFen: 80_000,
      });
    },
  );
});

// What an award pays each month, before dates: the living allowance or stipend (amount, step after
// qualification, cap, days after graduation) and the accommodation allowance, from the program's
// data with the officer's per-call overrides on top. Resolved once per award, off the hot path.
import { BGS_CATEGORY_ITEMS, BGS_SPONSOR, bgsDefaultsOf } from '@/domain/programs/bgs/coverage';
import { ANSO_STIPENDS } from '@/domain/programs/cas-anso/coverage';
import {
  CSC_ACCOMMODATION_MONTHLY_FEN,
  CSC_LIVING_DAYS_AFTER_GRADUATION,
  CSC_LIVING_MONTHLY_FEN,
} from '@/domain/programs/csc/coverage';
import { PIFI_SPONSOR } from '@/domain/programs/pifi/coverage';

import { checkAwardTerms, itemsOf } from './award-terms';
import { fundingBandOf } from './levels';
import type { TAwardTerms, TCscItem, TRateOverrides, TSponsor } from './types';

/** The monthly living allowance (CSC, BGS) or stipend (CAS-ANSO, PIFI) of an award. */
export type TMonthlyAllowancePlan = {
  item: 'living' | 'stipend';
  monthlyFen: number;
  /** R-ANSO-STIPEND: the amount from the calendar month after the qualification pass date. */
  afterQualificationFen: number | null;
  capMonths: number | null;
  /** R-CSC-LIV-3: days the allowance runs past the graduation date. */
  daysAfterGraduation: number;
  sponsor: TSponsor;
  rule: string;
};

/** The monthly accommodation allowance, paid off campus with approval (R-CSC-ACCOM). */
export type TAccommodationPlan = { monthlyFen: number; sponsor: TSponsor; rule: string };

export type TMonthlyPlan = {
  allowance: TMonthlyAllowancePlan | null;
  accommodation: TAccommodationPlan | null;
};

function pick(override: number | null | undefined, fallback: number): number {
  return override ?? fallback;
}

function cscLikePlan(
  items: ReadonlySet<TCscItem>,
  terms: TAwardTerms,
  overrides: TRateOverrides,
  sponsor: TSponsor,
  rules: { living: string; accommodation: string },
): TMonthlyPlan {
  const band = fundingBandOf(terms.level);
  if (!band) throw new Error(`No funding band for level ${terms.level}`);
  const living = items.has('living')
    ? {
        item: 'living' as const,
        monthlyFen: pick(overrides.monthlyFen, CSC_LIVING_MONTHLY_FEN[band]),
        afterQualificationFen: null,
        capMonths: overrides.capMonths ?? null,
        daysAfterGraduation: terms.program === 'csc' ? CSC_LIVING_DAYS_AFTER_GRADUATION : 0,
        sponsor,
        rule: rules.living,
      }
    : null;
  const accommodation = items.has('accommodation')
    ? {
        monthlyFen: pick(overrides.accommodationMonthlyFen, CSC_ACCOMMODATION_MONTHLY_FEN[band]),
        sponsor,
        rule: rules.accommodation,
      }
    : null;
  return { allowance: living, accommodation };
}

/**
 * The monthly plan of an award. Throws when the terms are unusable (checkAwardTerms): callers
 * validate first, so that is a bug.
 * @example monthlyPlanOf({ program: 'csc', level: 'doctoral', items: 'full' }).allowance?.monthlyFen // 350000
 */
export function monthlyPlanOf(terms: TAwardTerms, overrides: TRateOverrides = {}): TMonthlyPlan {
  const problems = checkAwardTerms(terms, overrides);
  if (problems.length > 0) throw new Error(`Unusable award terms: ${problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  switch (terms.program) {
    case 'csc':
      return cscLikePlan(itemsOf(terms.items), terms, overrides, 'CSC', {
        living: 'R-CSC-LIV-1',
        accommodation: 'R-CSC-ACCOM',
      });
    case 'bgs': {
      const band = fundingBandOf(terms.level);
      const defaults = bgsDefaultsOf(band ?? 'master');
      const items = new Set(BGS_CATEGORY_ITEMS[terms.bgsCategory ?? 'C']);
      return cscLikePlan(
        items,
        terms,
        {
          ...overrides,
          monthlyFen: overrides.monthlyFen ?? defaults.livingMonthlyFen,
          accommodationMonthlyFen: overrides.accommodationMonthlyFen ?? defaults.accommodationMonthlyFen,
        },
        BGS_SPONSOR,
        { living: 'R-BGS-CATS', accommodation: 'R-BGS-CATS' },
      );
    }
    case 'cas-anso': {
      const stipend = ANSO_STIPENDS[terms.level === 'doctoral' ? 'doctoral' : 'master'];
      const allowance: TMonthlyAllowancePlan = {
        item: 'stipend',
        monthlyFen: pick(overrides.monthlyFen, stipend.monthlyFen),
        afterQualificationFen:
          stipend.afterQualificationFen === null
            ? null
            : pick(overrides.monthlyAfterQualificationFen, stipend.afterQualificationFen),
        capMonths: overrides.capMonths === undefined ? stipend.capMonths : overrides.capMonths,
        daysAfterGraduation: 0,
        // Note: R-ANSO-SPONSOR. The stipend is item 2, CAS's even for TWAS awardees.
        sponsor: 'CAS',
        rule: 'R-ANSO-STIPEND',
      };
      return { allowance, accommodation: null };
    }
    case 'pifi': {
      const monthlyFen = terms.monthlyAmountFen ?? overrides.monthlyFen ?? 0;
      const allowance: TMonthlyAllowancePlan = {
        item: 'stipend',
        monthlyFen,
        afterQualificationFen: null,
        capMonths: overrides.capMonths ?? null,
        daysAfterGraduation: 0,
        sponsor: PIFI_SPONSOR,
        rule: 'R-PIFI-TERMS',
      };
      return { allowance, accommodation: null };
    }
  }
}

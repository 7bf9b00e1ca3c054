// Beijing Government Scholarship coverage (003_…txt, section II): categories A/B/C name items,
// not amounts. Each host sets its standards per level; the defaults are the CSC figures for the
// level BGS funds at (R-BGS-CATS, R-BGS-LEVELS), shown to officers as defaults.
import { fenFromYuan } from '@/domain/money';
import type { TBgsCategory, TCscItem, TFundingBand, TSponsor } from '@/domain/coverage/types';
import {
  CSC_ACCOMMODATION_MONTHLY_FEN,
  CSC_LIVING_MONTHLY_FEN,
} from '@/domain/programs/csc/coverage';

/** R-BGS-CATS: A all four items, B without living, C tuition and insurance. */
export const BGS_CATEGORY_ITEMS: Readonly<Record<TBgsCategory, readonly TCscItem[]>> = {
  A: ['tuition', 'accommodation', 'living', 'insurance'],
  B: ['tuition', 'accommodation', 'insurance'],
  C: ['tuition', 'insurance'],
};

/** BGS is the Beijing municipal government's scholarship; hosts disburse it. */
export const BGS_SPONSOR: TSponsor = 'Beijing';

/** Default standards of a funding band: CSC's living and accommodation, 800 insurance a year. */
export type TBgsDefaults = {
  livingMonthlyFen: number;
  accommodationMonthlyFen: number;
  insuranceAnnualFen: number;
};

/**
 * The default standards a host starts from at a funding band (R-BGS-CATS).
 * @example bgsDefaultsOf('master').livingMonthlyFen // 300000
 */
export function bgsDefaultsOf(band: TFundingBand): TBgsDefaults {
  return {
    livingMonthlyFen: CSC_LIVING_MONTHLY_FEN[band],
    accommodationMonthlyFen: CSC_ACCOMMODATION_MONTHLY_FEN[band],
    insuranceAnnualFen: fenFromYuan(800),
  };
}

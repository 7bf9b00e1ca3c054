// The annual coverage summary of an award: each item with its sponsor and yearly amount, and a
// table of tuition / accommodation / living / insurance / total by sponsor. Where the documents
// give no amount (CAS-ANSO waivers, BGS tuition) the summary says "unstated" instead of inventing one.
import { timesFen } from '@/domain/money';
import { ANSO_ITEMS, ansoSponsorOf } from '@/domain/programs/cas-anso/coverage';
import { BGS_CATEGORY_ITEMS, BGS_SPONSOR, bgsDefaultsOf } from '@/domain/programs/bgs/coverage';
import { CSC_ITEMS, cscTableRow } from '@/domain/programs/csc/coverage';
import { PIFI_SPONSOR } from '@/domain/programs/pifi/coverage';

import { itemsOf } from './award-terms';
import { fundingBandOf } from './levels';
import { monthlyPlanOf } from './monthly-plan';
import type { TAwardTerms, TCoverageItem, TRateOverrides, TSponsor } from './types';

/** How an item is provided: an amount from a table, 12 monthly allowances, or in kind. */
export type TCoverageBasis =
  | 'annual_standard'
  | 'monthly_allowance'
  | 'waived'
  | 'paid_by_sponsor'
  | 'reimbursement'
  | 'one_time'
  | 'not_eligible';

/** One covered item. `annualFen` null: the documents state no amount for it. */
export type TCoverageLine = {
  item: TCoverageItem;
  sponsor: TSponsor;
  annualFen: number | null;
  basis: TCoverageBasis;
  isOneTime: boolean;
  rule: string;
};

export type TSummaryCell =
  | { status: 'amount'; annualFen: number }
  | { status: 'unstated' }
  | { status: 'not_covered' };

/** A row of the summary table; `living` holds the living allowance or the stipend. */
export type TSummaryRow = {
  sponsor: TSponsor;
  tuition: TSummaryCell;
  accommodation: TSummaryCell;
  living: TSummaryCell;
  insurance: TSummaryCell;
  totalFen: number;
};

export type TCoverageSummary = {
  lines: TCoverageLine[];
  rows: TSummaryRow[];
  /** Sum of the stated annual amounts; one-time items are not annual and are left out. */
  totalFen: number;
  hasUnstatedAmounts: boolean;
};

/** CAS-ANSO: which stipend rate the year is shown at (R-ANSO-STIPEND). */
export type TSummaryOptions = { isQualified?: boolean };

function line(
  item: TCoverageItem,
  sponsor: TSponsor,
  annualFen: number | null,
  basis: TCoverageBasis,
  rule: string,
): TCoverageLine {
  return { item, sponsor, annualFen, basis, isOneTime: basis === 'one_time' || basis === 'reimbursement', rule };
}

function cscLines(terms: TAwardTerms, overrides: TRateOverrides): TCoverageLine[] {
  const band = fundingBandOf(terms.level);
  if (!band) throw new Error(`No funding band for ${terms.level}`);
  const items = itemsOf(terms.items);
  const plan = monthlyPlanOf(terms, overrides);
  const table = terms.subjectCategory ? cscTableRow(band, terms.subjectCategory) : null;
  const lines: TCoverageLine[] = [];
  for (const item of CSC_ITEMS) {
    if (!items.has(item)) continue;
    if (item === 'tuition') lines.push(line(item, 'CSC', table?.tuitionFen ?? null, 'annual_standard', 'R-CSC-TABLE'));
    if (item === 'accommodation') lines.push(line(item, 'CSC', timesFen(plan.accommodation!.monthlyFen, 12), 'monthly_allowance', 'R-CSC-ACCOM'));
    if (item === 'living') lines.push(line(item, 'CSC', timesFen(plan.allowance!.monthlyFen, 12), 'monthly_allowance', 'R-CSC-LIV-1'));
    if (item === 'insurance') {
      const insurance = overrides.insuranceAnnualFen ?? cscTableRow(band, 'I').insuranceFen;
      lines.push(line(item, 'CSC', insurance, 'annual_standard', 'R-CSC-TABLE'));
    }
  }
  return lines;
}

function bgsLines(terms: TAwardTerms, overrides: TRateOverrides): TCoverageLine[] {
  const defaults = bgsDefaultsOf(fundingBandOf(terms.level) ?? 'master');
  const plan = monthlyPlanOf(terms, overrides);
  const items = BGS_CATEGORY_ITEMS[terms.bgsCategory ?? 'C'];
  return items.map((item) => {
    if (item === 'tuition') return line(item, BGS_SPONSOR, null, 'waived', 'R-BGS-CATS');
    if (item === 'insurance') return line(item, BGS_SPONSOR, overrides.insuranceAnnualFen ?? defaults.insuranceAnnualFen, 'annual_standard', 'R-BGS-CATS');
    const monthly = item === 'living' ? plan.allowance!.monthlyFen : plan.accommodation!.monthlyFen;
    return line(item, BGS_SPONSOR, timesFen(monthly, 12), 'monthly_allowance', 'R-BGS-CATS');
  });
}

function ansoLines(terms: TAwardTerms, overrides: TRateOverrides, options: TSummaryOptions): TCoverageLine[] {
  const plan = monthlyPlanOf(terms, overrides).allowance!;
  const monthly = options.isQualified && plan.afterQualificationFen !== null ? plan.afterQualificationFen : plan.monthlyFen;
  return ANSO_ITEMS.map(({ number, item, kind }) => {
    const sponsor = ansoSponsorOf(number, terms.twas === true);
    if (kind === 'monthly') return line(item, sponsor, timesFen(monthly, 12), 'monthly_allowance', 'R-ANSO-STIPEND');
    // Note: R-ANSO-TRAVEL. Someone in China when applying gets no travel allowance.
    if (item === 'travel' && terms.inChinaAtApplication) return line(item, sponsor, 0, 'not_eligible', 'R-ANSO-TRAVEL');
    const rule = number >= 5 ? 'R-ANSO-SPONSOR' : 'R-ANSO-STIPEND';
    return line(item, sponsor, null, kind, rule);
  });
}

function cell(lines: readonly TCoverageLine[], items: readonly TCoverageItem[]): TSummaryCell {
  const found = lines.filter((l) => items.includes(l.item));
  if (found.length === 0) return { status: 'not_covered' };
  if (found.some((l) => l.annualFen === null)) return { status: 'unstated' };
  return { status: 'amount', annualFen: found.reduce((sum, l) => sum + (l.annualFen ?? 0), 0) };
}

function annualSum(lines: readonly TCoverageLine[]): number {
  return lines.reduce((sum, l) => (l.isOneTime ? sum : sum + (l.annualFen ?? 0)), 0);
}

/**
 * The annual coverage of an award, item by item and by sponsor.
 * @example annualCoverage({ program: 'csc', level: 'doctoral', subjectCategory: 'II', items: 'full' }).totalFen // 9280000
 */
export function annualCoverage(
  terms: TAwardTerms,
  overrides: TRateOverrides = {},
  options: TSummaryOptions = {},
): TCoverageSummary {
  const lines =
    terms.program === 'csc'
      ? cscLines(terms, overrides)
      : terms.program === 'bgs'
        ? bgsLines(terms, overrides)
        : terms.program === 'cas-anso'
          ? ansoLines(terms, overrides, options)
          : [line('stipend', PIFI_SPONSOR, timesFen(monthlyPlanOf(terms, overrides).allowance!.monthlyFen, 12), 'monthly_allowance', 'R-PIFI-TERMS')];
  const sponsors = [...new Set(lines.map((l) => l.sponsor))];
  const rows = sponsors.map((sponsor): TSummaryRow => {
    const mine = lines.filter((l) => l.sponsor === sponsor && !l.isOneTime);
    return {
      sponsor,
      tuition: cell(mine, ['tuition']),
      accommodation: cell(mine, ['accommodation']),
      living: cell(mine, ['living', 'stipend']),
      insurance: cell(mine, ['insurance']),
      totalFen: annualSum(mine),
    };
  });
  return { lines, rows, totalFen: annualSum(lines), hasUnstatedAmounts: lines.some((l) => l.annualFen === null) };
}

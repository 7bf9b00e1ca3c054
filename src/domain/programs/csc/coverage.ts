// CSC bilateral program amounts (002_…txt, section III): the annual table by student level and
// subject category, the monthly living and accommodation allowances. Figures are the document's,
// in fen; officers override them per call through TRateOverrides.
import { fenFromYuan } from '@/domain/money';
import type { TCscItem, TFundingBand, TSubjectCategory } from '@/domain/coverage/types';

/** One row of the annual table, in fen (R-CSC-TABLE). */
export type TCscTableRow = {
  band: TFundingBand;
  subjectCategory: TSubjectCategory;
  tuitionFen: number;
  accommodationFen: number;
  livingFen: number;
  insuranceFen: number;
  totalFen: number;
};

/** The items of a full CSC scholarship, in the table's order (R-CSC-FULL). */
export const CSC_ITEMS = [
  'tuition',
  'accommodation',
  'living',
  'insurance',
] as const satisfies readonly TCscItem[];

function row(
  band: TFundingBand,
  subjectCategory: TSubjectCategory,
  yuan: readonly [number, number, number, number, number],
): TCscTableRow {
  const [tuition, accommodation, living, insurance, total] = yuan.map(fenFromYuan) as [
    number,
    number,
    number,
    number,
    number,
  ];
  return {
    band,
    subjectCategory,
    tuitionFen: tuition,
    accommodationFen: accommodation,
    livingFen: living,
    insuranceFen: insurance,
    totalFen: total,
  };
}

/** R-CSC-TABLE: tuition / accommodation / living / insurance / total per year. */
export const CSC_ANNUAL_TABLE: readonly TCscTableRow[] = [
  row('undergraduate', 'I', [20_000, 8_400, 30_000, 800, 59_200]),
  row('undergraduate', 'II', [23_000, 8_400, 30_000, 800, 62_200]),
  row('undergraduate', 'III', [27_000, 8_400, 30_000, 800, 66_200]),
  row('master', 'I', [25_000, 8_400, 36_000, 800, 70_200]),
  row('master', 'II', [29_000, 8_400, 36_000, 800, 74_200]),
  row('master', 'III', [34_000, 8_400, 36_000, 800, 79_200]),
  row('doctoral', 'I', [33_000, 12_000, 42_000, 800, 87_800]),
  row('doctoral', 'II', [38_000, 12_000, 42_000, 800, 92_800]),
  row('doctoral', 'III', [45_000, 12_000, 42_000, 800, 99_800]),
];

/** R-CSC-LIV-1: living allowance per month by funding band. */
export const CSC_LIVING_MONTHLY_FEN: Readonly<Record<TFundingBand, number>> = {
  undergraduate: fenFromYuan(2_500),
  master: fenFromYuan(3_000),
  doctoral: fenFromYuan(3_500),
};

/** R-CSC-ACCOM: accommodation allowance per month off campus, by funding band. */
export const CSC_ACCOMMODATION_MONTHLY_FEN: Readonly<Record<TFundingBand, number>> = {
  undergraduate: fenFromYuan(700),
  master: fenFromYuan(700),
  doctoral: fenFromYuan(1_000),
};

/** R-CSC-LIV-3: the living allowance runs this many days past the graduation date. */
export const CSC_LIVING_DAYS_AFTER_GRADUATION = 15;

/**
 * Problems with table rows: a total that is not the sum of its items, or an annual living or
 * accommodation amount that is not 12 monthly allowances. Empty when the table is sound.
 * @example checkCscTable(CSC_ANNUAL_TABLE) // []
 */
export function checkCscTable(rows: readonly TCscTableRow[]): string[] {
  const problems: string[] = [];
  for (const r of rows) {
    const name = `${r.band}/${r.subjectCategory}`;
    const sum = r.tuitionFen + r.accommodationFen + r.livingFen + r.insuranceFen;
    if (sum !== r.totalFen)
      problems.push(`${name}: items add up to ${sum}, total says ${r.totalFen}`);
    if (r.livingFen !== CSC_LIVING_MONTHLY_FEN[r.band] * 12)
      problems.push(`${name}: living is not 12 × the monthly allowance`);
    if (r.accommodationFen !== CSC_ACCOMMODATION_MONTHLY_FEN[r.band] * 12)
      problems.push(`${name}: accommodation is not 12 × the monthly allowance`);
  }
  return problems;
}

// Note: R-CSC-TABLE. A table that does not add up is a bug in this file: refuse to load.
const tableProblems = checkCscTable(CSC_ANNUAL_TABLE);
if (tableProblems.length > 0)
  throw new Error(`CSC table is inconsistent: ${tableProblems.join('; ')}`);

/**
 * The annual table row of a funding band and subject category.
 * @example cscTableRow('doctoral', 'II').totalFen // 9280000
 */
export function cscTableRow(band: TFundingBand, subjectCategory: TSubjectCategory): TCscTableRow {
  const found = CSC_ANNUAL_TABLE.find(
    (r) => r.band === band && r.subjectCategory === subjectCategory,
  );
  if (!found) throw new Error(`No CSC table row for ${band}/${subjectCategory}`);
  return found;
}

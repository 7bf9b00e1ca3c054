// CAS-ANSO degree program coverage (000_…txt, Part II): six items, a monthly stipend with the
// qualification-test step, and who sponsors what (R-ANSO-STIPEND, R-ANSO-SPONSOR, R-ANSO-TRAVEL).
import { fenFromYuan } from '@/domain/money';
import type { TCoverageItem, TSponsor } from '@/domain/coverage/types';

/** How an item reaches the awardee. */
export type TAnsoItemKind = 'waived' | 'monthly' | 'paid_by_sponsor' | 'reimbursement' | 'one_time';

/** One numbered item of the coverage table. */
export type TAnsoItem = { number: 1 | 2 | 3 | 4 | 5 | 6; item: TCoverageItem; kind: TAnsoItemKind };

/** The six items, numbered as the document numbers them. */
export const ANSO_ITEMS: readonly TAnsoItem[] = [
  { number: 1, item: 'tuition', kind: 'waived' },
  { number: 2, item: 'stipend', kind: 'monthly' },
  { number: 3, item: 'insurance', kind: 'paid_by_sponsor' },
  { number: 4, item: 'application_fee', kind: 'waived' },
  { number: 5, item: 'travel', kind: 'reimbursement' },
  { number: 6, item: 'visa', kind: 'one_time' },
];

/** A stipend schedule: the monthly amount, the amount after qualification, the cap. */
export type TAnsoStipend = {
  monthlyFen: number;
  afterQualificationFen: number | null;
  capMonths: number;
};

/** R-ANSO-STIPEND: PhD 6,000 then 7,000 after qualification, 48 months; master 3,000, 36. */
export const ANSO_STIPENDS: Readonly<Record<'master' | 'doctoral', TAnsoStipend>> = {
  master: { monthlyFen: fenFromYuan(3_000), afterQualificationFen: null, capMonths: 36 },
  doctoral: {
    monthlyFen: fenFromYuan(6_000),
    afterQualificationFen: fenFromYuan(7_000),
    capMonths: 48,
  },
};

/**
 * The sponsor of a numbered item (R-ANSO-SPONSOR): for TWAS awardees items 1–4 are CAS's and
 * items 5–6 TWAS/UNESCO's; everything else is CAS's.
 * @example ansoSponsorOf(5, true) // 'TWAS/UNESCO'
 * @example ansoSponsorOf(2, true) // 'CAS'
 */
export function ansoSponsorOf(itemNumber: TAnsoItem['number'], isTwas: boolean): TSponsor {
  return isTwas && itemNumber >= 5 ? 'TWAS/UNESCO' : 'CAS';
}

// PIFI coverage (R-PIFI-TERMS): one monthly stipend whose amount each call sets by career stage.
// The document states no amount, so nothing here is a default: the figures below are demo
// examples, labelled as such, and the allowances need the call's `monthlyAmountFen`.
import { fenFromYuan } from '@/domain/money';
import type { TSponsor } from '@/domain/coverage/types';

/** Career stages recorded for PIFI fellows (R-PIFI-ELIG). */
export type TPifiCareerStage = 'postdoctoral' | 'early_career' | 'established';

/** PIFI is CAS's fellowship. */
export const PIFI_SPONSOR: TSponsor = 'CAS';

/**
 * EXAMPLE monthly amounts for demo calls only: invented round figures, not from any PIFI call.
 * A real call's officer sets the amounts.
 */
export const PIFI_EXAMPLE_MONTHLY_FEN: Readonly<
  Record<TPifiCareerStage, { monthlyFen: number; isExample: true }>
> = {
  postdoctoral: { monthlyFen: fenFromYuan(20_000), isExample: true },
  early_career: { monthlyFen: fenFromYuan(25_000), isExample: true },
  established: { monthlyFen: fenFromYuan(30_000), isExample: true },
};

// Ranking orders of selection. Both are total orders on distinct ids, so the same pool in any
// input order gives the same result (R-SELECT-TIES).
import { isLeastDevelopedCountry } from '@/domain/countries/countries';

import type { TSelectionCandidate } from './types';

export type TRanked = TSelectionCandidate & {
  /** Submission instant in ms, parsed once. */
  readonly submittedMs: number;
  /**
   * R-ANSO-TWAS tie-break weight: LDC counts 2 and woman 1, so more flags sort first and, with
   * one flag each, LDC comes before woman (3 > 2 > 1 > 0).
   */
  readonly twasPriority: number;
};

/**
 * Adds the parsed submission time and the TWAS tie-break weight.
 * @example toRanked(candidate).twasPriority // 3 for a woman from an LDC
 */
export function toRanked(c: TSelectionCandidate): TRanked {
  const isLdc = c.nationality !== null && isLeastDevelopedCountry(c.nationality);
  return {
    ...c,
    submittedMs: Date.parse(c.submittedAt),
    twasPriority: (isLdc ? 2 : 0) + (c.gender === 'female' ? 1 : 0),
  };
}

function byId(a: TRanked, b: TRanked): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * R-SELECT-TIES: higher score first, then earlier submission, then application id.
 * @example candidates.sort(compareByRank)
 */
export function compareByRank(a: TRanked, b: TRanked): number {
  return b.score - a.score || a.submittedMs - b.submittedMs || byId(a, b);
}

/**
 * R-ANSO-TWAS: among TWAS candidates a tied score is broken by the LDC/women flags first
 * (more flags first, then LDC before woman), then as R-SELECT-TIES.
 * @example pool.sort(compareForTwas)
 */
export function compareForTwas(a: TRanked, b: TRanked): number {
  return (
    b.score - a.score ||
    b.twasPriority - a.twasPriority ||
    a.submittedMs - b.submittedMs ||
    byId(a, b)
  );
}

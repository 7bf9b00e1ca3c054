// R-REV-RANK: from rubric, applications and reviews to the panel's ranking. Pure, exact and
// order-free: scores are rationals, normalised ones sums of square roots (surd.ts), compared
// exactly, and the ranking is a total order on distinct ids, so the same input in any order
// gives the same output (R-SELECT-TIES).
import { normaliseExact } from './normalise';
import { cmp, fromNumber, rat, type TRational, toNumber } from './rational';
import { reviewScoreExact, summariseExact } from './score';
import {
  addS,
  approximate,
  cmpS,
  meanS,
  scaleS,
  surdOf,
  toNumberS,
  type TSqrtCache,
  type TSurd,
} from './surd';
import type {
  TIncomplete,
  TRankApplication,
  TRankedApplicationExact,
  TRankInput,
  TRankResult,
  TRankResultExact,
} from './types';

/** R-REV-FLAG: a raw spread of this many points or more (0–100) is flagged for discussion. */
export const FLAG_SPREAD = 25;

/**
 * R-REV-RANK: the final score, exact. The interview, where held, joins as one more criterion
 * of average weight: `(n·basis + interview)/(n + 1)`; the chair's adjustment is added last.
 */
export function finalExact(p: {
  basis: TSurd;
  criteria: number;
  interview: TRational | null;
  adjustment: TRational;
}): TSurd {
  const n = BigInt(p.criteria);
  const withInterview =
    p.interview === null
      ? p.basis
      : scaleS(addS(scaleS(p.basis, rat(n)), surdOf(p.interview)), rat(1n, n + 1n));
  return addS(withInterview, surdOf(p.adjustment));
}

/**
 * `finalExact` on numbers (read as their decimals), as the nearest double.
 * @example finalScore({ basis: 80, criteria: 4, interview: 90, adjustment: -1 }) // 81
 */
export function finalScore(p: {
  basis: number;
  criteria: number;
  interview: number | null;
  adjustment: number;
}): number {
  return toNumberS(
    finalExact({
      basis: surdOf(fromNumber(p.basis)),
      criteria: p.criteria,
      interview: p.interview === null ? null : fromNumber(p.interview),
      adjustment: fromNumber(p.adjustment),
    }),
  );
}

/**
 * R-REV-FLAG: spread ≥ 25, exactly (the spread is a rational).
 * @example isFlaggedExact(rat(25n)) // true
 */
export function isFlaggedExact(spread: TRational): boolean {
  return cmp(spread, rat(BigInt(FLAG_SPREAD))) >= 0;
}

/**
 * R-REV-FLAG on a number read as its decimal: 24.99999999999999 is below 25.
 * @example isFlagged(25) // true
 */
export function isFlagged(spread: number): boolean {
  return isFlaggedExact(fromNumber(spread));
}

/** Whether an application with `count` reviews is ranked (closed with fewer: at least one). */
function isComplete(a: TRankApplication, count: number, required: number): boolean {
  return count >= required || (a.closedWithFewer && count >= 1);
}

type TRow = TRankedApplicationExact & { submittedMs: number; approx: { k: bigint; err: bigint } };

function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Digits of the first look at each final; an overlap falls back to the exact comparison. */
const SORT_DIGITS = 40;

/** R-SELECT-TIES: final descending (exact), then earlier submission, then id. */
function compareRows(a: TRow, b: TRow, cache: TSqrtCache): number {
  const gap = a.approx.k - b.approx.k;
  const bound = a.approx.err + b.approx.err;
  const byFinal = gap >= bound ? -1 : -gap >= bound ? 1 : -cmpS(a.final, b.final, cache);
  return byFinal || a.submittedMs - b.submittedMs || byCodeUnit(a.application, b.application);
}

/**
 * R-REV-SCORE, R-REV-NORM, R-REV-FLAG, R-REV-RANK, exact: scores every review, normalises them
 * over the whole panel when asked, and ranks the applications with enough reviews; the others
 * are listed as incomplete. The input must have passed the contract (rubric, scores and
 * references checked): a review of an unknown application is a bug here.
 */
export function rankApplicationsExact(input: TRankInput): TRankResultExact {
  const scores = input.reviews.map((r) => reviewScoreExact(input.rubric, r.scores));
  const normalised = input.normalise
    ? normaliseExact(input.reviews.map((r, i) => ({ reviewer: r.reviewer, score: scores[i]! })))
    : null;
  const byApplication = new Map<string, number[]>(input.applications.map((a) => [a.id, []]));
  input.reviews.forEach((r, i) => {
    const list = byApplication.get(r.application);
    if (!list) throw new Error(`rankApplications: unknown application "${r.application}"`);
    list.push(i);
  });

  const cache: TSqrtCache = new Map();
  const rows: TRow[] = [];
  const incomplete: TIncomplete[] = [];
  for (const a of input.applications) {
    const indexes = byApplication.get(a.id)!;
    if (!isComplete(a, indexes.length, input.requiredReviews)) {
      incomplete.push({
        application: a.id,
        reviews: indexes.length,
        required: input.requiredReviews,
      });
      continue;
    }
    const summary = summariseExact(indexes.map((i) => scores[i]!));
    const norm = normalised === null ? null : meanS(indexes.map((i) => normalised[i]!));
    const final = finalExact({
      basis: norm ?? surdOf(summary.raw),
      criteria: input.rubric.length,
      interview: a.interview === null ? null : fromNumber(a.interview),
      adjustment: fromNumber(a.adjustment),
    });
    rows.push({
      application: a.id,
      rank: 0,
      ...summary,
      normalised: norm,
      final,
      flagged: isFlaggedExact(summary.spread),
      reviews: indexes.length,
      submittedMs: Date.parse(a.submittedAt),
      approx: approximate(final, SORT_DIGITS, cache),
    });
  }
  rows.sort((a, b) => compareRows(a, b, cache));
  return {
    ranking: rows.map(({ submittedMs: _, approx: __, ...row }, i) => ({ ...row, rank: i + 1 })),
    incomplete: incomplete.sort((x, y) => byCodeUnit(x.application, y.application)),
  };
}

/**
 * `rankApplicationsExact` with every figure converted to the nearest double at the end (the
 * JSON contract of `npx jiangxue rank`; not rounded).
 * @example
 * rankApplications({ rubric, requiredReviews: 3, normalise: false, applications, reviews })
 * // { ranking: [{ application: 'a2', rank: 1, raw: 83.3…, … }], incomplete: [] }
 */
export function rankApplications(input: TRankInput): TRankResult {
  const exact = rankApplicationsExact(input);
  return {
    ranking: exact.ranking.map((x) => ({
      application: x.application,
      rank: x.rank,
      raw: toNumber(x.raw),
      median: toNumber(x.median),
      spread: toNumber(x.spread),
      normalised: x.normalised === null ? null : toNumberS(x.normalised),
      final: toNumberS(x.final),
      flagged: x.flagged,
      reviews: x.reviews,
    })),
    incomplete: exact.incomplete,
  };
}

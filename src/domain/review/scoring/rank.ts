// R-REV-RANK: from rubric, applications and reviews to the panel's ranking. Pure and
// order-free: reviews are grouped by id, sums run over sorted values (stats.ts) and the
// ranking is a total order on distinct ids, so the same input in any order gives the same
// output (R-SELECT-TIES).
import { normaliseReviews } from './normalise';
import { reviewScore, summariseScores } from './score';
import { mean, scoreKey } from './stats';
import type {
  TIncomplete,
  TRankApplication,
  TRankedApplication,
  TRankInput,
  TRankResult,
} from './types';

/** R-REV-FLAG: a raw spread of this many points or more (0–100) is flagged for discussion. */
export const FLAG_SPREAD = 25;

/**
 * R-REV-RANK: the final score. The interview, where held, joins as one more criterion of
 * average weight; the chair's adjustment is added last.
 * @example finalScore({ basis: 80, criteria: 4, interview: 90, adjustment: -1 }) // 81
 */
export function finalScore(p: {
  basis: number;
  criteria: number;
  interview: number | null;
  adjustment: number;
}): number {
  const withInterview =
    p.interview === null ? p.basis : (p.criteria * p.basis + p.interview) / (p.criteria + 1);
  return withInterview + p.adjustment;
}

/**
 * R-REV-FLAG: spread ≥ 25, compared on the 9-decimal grid (a 25 computed as 24.999…996 counts).
 * @example isFlagged(25) // true
 */
export function isFlagged(spread: number): boolean {
  return scoreKey(spread) >= scoreKey(FLAG_SPREAD);
}

/** Whether an application with `count` reviews is ranked (closed with fewer: at least one). */
function isComplete(a: TRankApplication, count: number, required: number): boolean {
  return count >= required || (a.closedWithFewer && count >= 1);
}

type TRow = TRankedApplication & { submittedMs: number };

function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** R-SELECT-TIES: final descending (9-decimal grid), then earlier submission, then id. */
function compareRows(a: TRow, b: TRow): number {
  return (
    scoreKey(b.final) - scoreKey(a.final) ||
    a.submittedMs - b.submittedMs ||
    byCodeUnit(a.application, b.application)
  );
}

/**
 * R-REV-SCORE, R-REV-NORM, R-REV-FLAG, R-REV-RANK: scores every review, normalises them over
 * the whole panel when asked, and ranks the applications with enough reviews; the others are
 * listed as incomplete. The input must have passed the contract (rubric, scores and references
 * checked): a review of an unknown application is a bug here.
 * @example
 * rankApplications({ rubric, requiredReviews: 3, normalise: false, applications, reviews })
 * // { ranking: [{ application: 'a2', rank: 1, raw: 83.3…, … }], incomplete: [] }
 */
export function rankApplications(input: TRankInput): TRankResult {
  const scores = input.reviews.map((r) => reviewScore(input.rubric, r.scores));
  const normalised = input.normalise
    ? normaliseReviews(input.reviews.map((r, i) => ({ reviewer: r.reviewer, score: scores[i]! })))
    : null;
  const byApplication = new Map<string, number[]>(input.applications.map((a) => [a.id, []]));
  input.reviews.forEach((r, i) => {
    const list = byApplication.get(r.application);
    if (!list) throw new Error(`rankApplications: unknown application "${r.application}"`);
    list.push(i);
  });

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
    const summary = summariseScores(indexes.map((i) => scores[i]!));
    const norm = normalised === null ? null : mean(indexes.map((i) => normalised[i]!));
    rows.push({
      application: a.id,
      rank: 0,
      ...summary,
      normalised: norm,
      final: finalScore({
        basis: norm ?? summary.raw,
        criteria: input.rubric.length,
        interview: a.interview,
        adjustment: a.adjustment,
      }),
      flagged: isFlagged(summary.spread),
      reviews: indexes.length,
      submittedMs: Date.parse(a.submittedAt),
    });
  }
  rows.sort(compareRows);
  return {
    ranking: rows.map(({ submittedMs: _, ...row }, i) => ({ ...row, rank: i + 1 })),
    incomplete: incomplete.sort((x, y) => byCodeUnit(x.application, y.application)),
  };
}

// R-REV-NORM: each review's score re-expressed on the panel's scale, so a harsh reviewer's 60
// and a lenient one's 80 can mean the same. The panel is the whole input: μ and σ come from
// every review score in it, incomplete applications' reviews included. Exact: μ, μᵣ, σ² and
// σᵣ² are rationals; σ/σᵣ = √(σ²/σᵣ²) is kept as a surd (surd.ts), never a rounded double.
import { cmp, div, fromNumber, meanR, sub, type TRational, ZERO } from './rational';
import { populationVariance } from './stats';
import { addS, radicalBasis, scaleS, surdOf, toNumberS, type TSurd } from './surd';

/** The fewest reviews a reviewer needs before their scores are normalised. */
export const MIN_REVIEWS_TO_NORMALISE = 3;

export type TScoredReview = { readonly reviewer: string; readonly score: number };
export type TScoredReviewExact = { readonly reviewer: string; readonly score: TRational };

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * R-REV-NORM: `μ + σ·(s − μᵣ)/σᵣ` for each review, in the order given, exact. A reviewer
 * with fewer than 3 reviews keeps the raw scores; one whose scores are all equal (σᵣ² = 0,
 * decided exactly) gets μ for each.
 * @example normaliseExact(reviews)[0] // μ + (s − μᵣ)·√(σ²/σᵣ²) as r + Σ c·√B
 */
export function normaliseExact(reviews: readonly TScoredReviewExact[]): TSurd[] {
  if (reviews.length === 0) return [];
  const all = reviews.map((r) => r.score);
  const mu = meanR(all);
  const variance = populationVariance(all);
  const byReviewer = new Map<string, TRational[]>();
  for (const r of reviews) {
    const list = byReviewer.get(r.reviewer);
    if (list) list.push(r.score);
    else byReviewer.set(r.reviewer, [r.score]);
  }
  // Note: reviewers in id order, so the panel's radicals (and every bit of the output) do not
  // depend on the order the reviews came in (R-SELECT-TIES).
  const basis = radicalBasis();
  const scale = new Map<string, (s: TRational) => TSurd>();
  for (const reviewer of [...byReviewer.keys()].sort(byCodeUnit)) {
    const scores = byReviewer.get(reviewer)!;
    const varianceR = populationVariance(scores);
    if (scores.length < MIN_REVIEWS_TO_NORMALISE) scale.set(reviewer, (s) => surdOf(s));
    else if (cmp(varianceR, ZERO) === 0) scale.set(reviewer, () => surdOf(mu));
    else {
      const muR = meanR(scores);
      const ratio = basis.sqrt(div(variance, varianceR));
      scale.set(reviewer, (s) => addS(surdOf(mu), scaleS(ratio, sub(s, muR))));
    }
  }
  return reviews.map((r) => scale.get(r.reviewer)!(r.score));
}

/**
 * `normaliseExact` of scores given as numbers (read as their decimals), as the nearest doubles.
 * @example
 * normaliseReviews([
 *   { reviewer: 'r1', score: 50 }, { reviewer: 'r1', score: 60 }, { reviewer: 'r1', score: 70 },
 *   { reviewer: 'r2', score: 70 }, { reviewer: 'r2', score: 80 }, { reviewer: 'r2', score: 90 },
 * ]) // r1's 50 and r2's 70 both become μ − σ·1.2247… (the lowest of each)
 */
export function normaliseReviews(reviews: readonly TScoredReview[]): number[] {
  return normaliseExact(
    reviews.map((r) => ({ reviewer: r.reviewer, score: fromNumber(r.score) })),
  ).map(toNumberS);
}

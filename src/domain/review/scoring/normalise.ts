// R-REV-NORM: each review's score re-expressed on the panel's scale, so a harsh reviewer's 60
// and a lenient one's 80 can mean the same. The panel is the whole input: μ and σ come from
// every review score in it, incomplete applications' reviews included.
import { mean, populationSd } from './stats';

/** The fewest reviews a reviewer needs before their scores are normalised. */
export const MIN_REVIEWS_TO_NORMALISE = 3;

export type TScoredReview = { readonly reviewer: string; readonly score: number };

/**
 * R-REV-NORM: `μ + σ·(s − μᵣ)/σᵣ` for each review, in the order given. A reviewer with fewer
 * than 3 reviews keeps the raw scores; one whose scores are all equal (σᵣ = 0) gets μ for each.
 * @example
 * normaliseReviews([
 *   { reviewer: 'r1', score: 50 }, { reviewer: 'r1', score: 60 }, { reviewer: 'r1', score: 70 },
 *   { reviewer: 'r2', score: 70 }, { reviewer: 'r2', score: 80 }, { reviewer: 'r2', score: 90 },
 * ]) // r1's 50 and r2's 70 both become μ − σ·1.2247… (the lowest of each)
 */
export function normaliseReviews(reviews: readonly TScoredReview[]): number[] {
  if (reviews.length === 0) return [];
  const all = reviews.map((r) => r.score);
  const mu = mean(all);
  const sigma = populationSd(all);
  const byReviewer = new Map<string, number[]>();
  for (const r of reviews) {
    const list = byReviewer.get(r.reviewer);
    if (list) list.push(r.score);
    else byReviewer.set(r.reviewer, [r.score]);
  }
  const scale = new Map<string, (s: number) => number>();
  for (const [reviewer, scores] of byReviewer) {
    if (scores.length < MIN_REVIEWS_TO_NORMALISE) scale.set(reviewer, (s) => s);
    // Note: σᵣ = 0 is tested as "all scores equal", not as a computed 0: the float SD of
    // three equal scores can come out as 1e-15, and dividing by it would scatter them.
    else if (scores.every((s) => s === scores[0])) scale.set(reviewer, () => mu);
    else {
      const muR = mean(scores);
      const sigmaR = populationSd(scores);
      scale.set(reviewer, (s) => mu + (sigma * (s - muR)) / sigmaR);
    }
  }
  return reviews.map((r) => scale.get(r.reviewer)!(r.score));
}

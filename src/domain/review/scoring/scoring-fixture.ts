// Builders for the scoring tests: a one-criterion 0–100 rubric makes a review's score its
// single criterion's value, so a test can say "a review of 70".
import type { TRankApplication, TRankInput, TReview, TRubric } from './types';

export const percentRubric: TRubric = [{ id: 'overall', min: 0, max: 100, weight: 1 }];

export const anApplication = (
  id: string,
  extra: Partial<TRankApplication> = {},
): TRankApplication => ({
  id,
  submittedAt: '2026-03-01T08:00:00Z',
  adjustment: 0,
  interview: null,
  closedWithFewer: false,
  ...extra,
});

/** Reviews of `application` scoring `scores` on the percent rubric, by r1, r2, … */
export const reviewsOf = (application: string, scores: number[], reviewers?: string[]): TReview[] =>
  scores.map((overall, i) => ({
    application,
    reviewer: reviewers?.[i] ?? `r${i + 1}`,
    scores: { overall },
  }));

export const aPanel = (extra: Partial<TRankInput>): TRankInput => ({
  rubric: percentRubric,
  requiredReviews: 3,
  normalise: false,
  applications: [],
  reviews: [],
  ...extra,
});

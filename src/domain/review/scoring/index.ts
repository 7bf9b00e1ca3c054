// Review scoring and ranking (R-REV-SCORE, R-REV-NORM, R-REV-FLAG, R-REV-RANK), exact.
export * from './types';
export {
  reviewScore,
  reviewScoreExact,
  rubricIssues,
  scoreIssues,
  summariseExact,
  summariseScores,
} from './score';
export { MIN_REVIEWS_TO_NORMALISE, normaliseExact, normaliseReviews } from './normalise';
export {
  FLAG_SPREAD,
  finalExact,
  finalScore,
  isFlagged,
  isFlaggedExact,
  rankApplications,
  rankApplicationsExact,
} from './rank';
export { fromNumber, rat, type TRational, toFixedR, toNumber } from './rational';
export { cmpS, surdOf, toFixedS, toNumberS, type TSurd } from './surd';

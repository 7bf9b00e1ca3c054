// Review scoring and ranking (R-REV-SCORE, R-REV-NORM, R-REV-FLAG, R-REV-RANK).
export * from './types';
export { reviewScore, rubricIssues, scoreIssues, summariseScores } from './score';
export { MIN_REVIEWS_TO_NORMALISE, normaliseReviews } from './normalise';
export { FLAG_SPREAD, finalScore, isFlagged, rankApplications } from './rank';

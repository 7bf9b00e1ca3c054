import { ZRankInput } from '@/contracts/rank.schema';
import { rankApplications, type TRankResult } from '@/domain/review/scoring';

/**
 * `npx jiangxue rank`: rubric, applications and submitted reviews in; the ranking (raw,
 * median, spread, normalised, final, flagged) and the incomplete applications out
 * (R-REV-SCORE, R-REV-NORM, R-REV-FLAG, R-REV-RANK). A bad field throws a ZodError, which
 * run-command turns into `{ error: { path, message } }`, exit 2.
 * @example rankCommand({ rubric: [ … ], requiredReviews: 3, normalise: true, applications: [ … ], reviews: [ … ] })
 */
export function rankCommand(input: unknown): TRankResult {
  return rankApplications(ZRankInput.parse(input));
}

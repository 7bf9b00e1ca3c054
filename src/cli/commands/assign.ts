import { ZAssignInput } from '@/contracts/assign.schema';
import { assignReviewers, type TAssignmentResult } from '@/domain/review/assignment';

/**
 * `npx jiangxue assign`: reviewers, applications, declared conflicts and the existing
 * assignments in; assignments, under-covered applications and every conflict out
 * (R-REV-ASSIGN, R-GEN-COI). A bad field throws a ZodError, which run-command turns into
 * `{ error: { path, message } }`, exit 2.
 * @example assignCommand({ perApplication: 3, reviewers: [ … ], applications: [ … ] })
 */
export function assignCommand(input: unknown): TAssignmentResult {
  return assignReviewers(ZAssignInput.parse(input));
}

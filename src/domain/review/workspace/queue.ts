// The reviewer's queue as the workspace shows it: each assignment's state, the progress, and
// the previous and next application in queue order.

export type TReviewState = 'not_started' | 'draft' | 'submitted';

/**
 * The state of one assignment from its review row's status (none yet: not started).
 * @example reviewState(null) // 'not_started'
 */
export function reviewState(status: 'draft' | 'submitted' | null): TReviewState {
  return status === null ? 'not_started' : status;
}

/**
 * "n of m": reviews submitted out of the queue's assignments.
 * @example progressOf([{ status: 'submitted' }, { status: null }]) // { submitted: 1, total: 2 }
 */
export function progressOf(queue: readonly { status: 'draft' | 'submitted' | null }[]): {
  submitted: number;
  total: number;
} {
  return { submitted: queue.filter((r) => r.status === 'submitted').length, total: queue.length };
}

/**
 * The applications before and after one in queue order (null at either end, and both null
 * for an application not in the queue).
 * @example neighbours([{ applicationId: 'a' }, { applicationId: 'b' }], 'a') // { previous: null, next: 'b' }
 */
export function neighbours(
  queue: readonly { applicationId: string }[],
  applicationId: string,
): { previous: string | null; next: string | null; position: number | null } {
  const i = queue.findIndex((r) => r.applicationId === applicationId);
  if (i < 0) return { previous: null, next: null, position: null };
  return {
    previous: i > 0 ? queue[i - 1]!.applicationId : null,
    next: i < queue.length - 1 ? queue[i + 1]!.applicationId : null,
    position: i + 1,
  };
}

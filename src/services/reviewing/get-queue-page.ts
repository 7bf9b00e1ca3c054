import { listPanelApplicants } from '@/db/repositories/review.repository';
import type { TPanelCriterion } from '@/db/schema';
import { progressOf, reviewState, type TReviewState } from '@/domain/review/workspace/queue';
import type { TActor } from '@/policies/actor';

import type { TDeps } from '../context';
import { conflictsOfMember } from '../review/member-conflicts';
import { applicantName } from './applicant-name';
import { requireQueue } from './reviewer-access';

export type TQueuePage = {
  kind: 'page';
  panel: { id: string; name: string; dueAt: Date | null; rubric: TPanelCriterion[] };
  role: 'reviewer' | 'chair';
  rows: { applicationId: string; name: string; state: TReviewState }[];
  progress: { submitted: number; total: number };
  /** A chair's view of the panel's other applications (never a conflicted one). */
  others: { applicationId: string; name: string }[];
};

/**
 * A member's queue: their assigned applications in queue order with each review's state and
 * the progress; a chair also sees the panel's other applications. Conflicted applications are
 * absent (R-GEN-COI). Before the member has declared their conflicts: `declare_first`.
 * @example const page = await getQueuePage(deps, actor, panelId);
 */
export async function getQueuePage(
  deps: TDeps,
  actor: TActor,
  panelId: string,
): Promise<TQueuePage | { kind: 'declare_first'; panelId: string }> {
  const found = await requireQueue(deps, actor, panelId);
  if ('kind' in found) return found;
  const { membership, queue } = found;
  const { member, panel } = membership;
  let others: TQueuePage['others'] = [];
  if (member.role === 'chair') {
    const db = deps.database.db;
    const [all, conflicts] = await Promise.all([
      listPanelApplicants(db, panel.id),
      conflictsOfMember(db, member),
    ]);
    const mine = new Set(queue.map((r) => r.applicationId));
    others = all
      .filter((a) => !mine.has(a.applicationId) && !conflicts.has(a.applicationId))
      .map((a) => ({ applicationId: a.applicationId, name: applicantName(a) }));
  }
  return {
    kind: 'page',
    panel: { id: panel.id, name: panel.name, dueAt: panel.reviewsDueAt, rubric: panel.rubric },
    role: member.role,
    rows: queue.map((r) => ({
      applicationId: r.applicationId,
      name: applicantName(r),
      state: reviewState(r.status),
    })),
    progress: progressOf(queue),
    others,
  };
}

import {
  deleteAssignments,
  insertDeclarations,
  listAssignmentsOf,
} from '@/db/repositories/review.repository';
import type { TActor } from '@/policies/actor';

import { recordAudit } from '../audit/record-audit';
import { instantOf, type TDeps, type TRequestMeta } from '../context';
import { getDeclarationPage, type TDeclarationPage } from './get-declaration-page';

export type TDeclareConflictsInput = {
  panelId: string;
  /** The applications ticked on the list. */
  applicationIds: readonly string[];
  /** "I have no conflict with any of them" (needed when nothing is ticked). */
  isNoneConfirmed: boolean;
};

export type TDeclareConflictsResult =
  { ok: true } | { ok: false; error: 'tick_or_confirm'; page: TDeclarationPage };

/**
 * R-GEN-COI: stores the member's declared conflicts (or that they have none) and opens their
 * files. Only applications on the member's own list count: an id that is not there (another
 * panel's, an auto-conflicted one, made up) is ignored, so the answer reveals nothing.
 * Declaring removes the member's assignment of that application — and, chosen deliberately,
 * its review too, a started draft or even a submitted one: a review by a conflicted reviewer
 * must never count (R-REV-ASSIGN may then give the application to someone else). The removed
 * review is kept whole in the audit row.
 * @example await declareConflicts(deps, actor, meta, { panelId, applicationIds: [id], isNoneConfirmed: false });
 */
export async function declareConflicts(
  deps: TDeps,
  actor: TActor,
  meta: TRequestMeta,
  input: TDeclareConflictsInput,
): Promise<TDeclareConflictsResult> {
  const page = await getDeclarationPage(deps, actor, input.panelId);
  const listed = new Set(page.rows.map((r) => r.applicationId));
  const ticked = [...new Set(input.applicationIds)].filter((id) => listed.has(id));
  const fresh = ticked.filter((id) => !page.rows.find((r) => r.applicationId === id)!.isDeclared);
  if (ticked.length === 0 && !input.isNoneConfirmed && page.declaredAt === null)
    return { ok: false, error: 'tick_or_confirm', page };
  const at = instantOf(deps, meta);
  const memberId = page.memberId;
  await deps.database.db.transaction(async (tx) => {
    await insertDeclarations(tx, memberId, fresh, at);
    const removed = await listAssignmentsOf(tx, memberId, fresh);
    await deleteAssignments(
      tx,
      removed.map((r) => r.assignmentId),
    );
    await recordAudit(tx, at, actor, meta, {
      action: 'review.conflicts_declared',
      entityType: 'panel_member',
      entityId: memberId,
      after: { declared: fresh, isNoneConfirmed: fresh.length === 0 },
    });
    for (const r of removed)
      await recordAudit(tx, at, actor, meta, {
        action: r.review ? 'review.discarded_on_conflict' : 'review.unassigned_on_conflict',
        entityType: 'review_assignment',
        entityId: r.assignmentId,
        before: { applicationId: r.applicationId, review: r.review },
        reason: 'declared conflict (R-GEN-COI)',
      });
  });
  return { ok: true };
}

import {
  deleteUnstartedAssignments,
  insertAssignments,
} from '@/db/repositories/assignment.repository';
import type { TActor } from '@/policies/actor';

import { AppError } from '../app-error';
import { recordAudit } from '../audit/record-audit';
import { instantOf, type TDeps, type TRequestMeta } from '../context';
import { loadAssignmentFacts } from './assignment-facts';
import { panelFor } from './panel-access';
import { panelPageOf, type TPanelPage } from './panel-page';

/** Why a hand assignment is refused, each shown to the officer in their language. */
export type TAddRefusal =
  'not_member' | 'not_on_panel' | 'already_assigned' | 'conflict' | 'over_capacity';

export type TAdjustResult =
  { ok: true } | { ok: false; reason: TAddRefusal | 'started'; page: TPanelPage };

/**
 * The officer assigns a reviewer to an application by hand. Refused, with the reason, when
 * the reviewer is not an active reviewer of the panel, the application is not the panel's, the
 * pair exists, the reviewer has a conflict (R-GEN-COI: the same conflicts that hide the file
 * from them) or is at capacity (R-REV-ASSIGN). Audited.
 */
export async function addAssignment(
  deps: TDeps,
  actor: TActor,
  meta: TRequestMeta,
  input: { panelId: string; applicationId: string; memberId: string },
): Promise<TAdjustResult> {
  const at = instantOf(deps, meta);
  return deps.database.db.transaction(async (tx): Promise<TAdjustResult> => {
    const panel = await panelFor(tx, actor, input.panelId, { forUpdate: true });
    const facts = await loadAssignmentFacts(tx, panel);
    const refuse = async (reason: TAddRefusal): Promise<TAdjustResult> => ({
      ok: false,
      reason,
      page: await panelPageOf(tx, panel),
    });
    const member = facts.members.find((m) => m.id === input.memberId && m.removedAt === null);
    if (!member) return refuse('not_member');
    if (!facts.applications.some((a) => a.applicationId === input.applicationId))
      return refuse('not_on_panel');
    const mine = facts.assignments.filter((a) => a.memberId === member.id);
    if (mine.some((a) => a.applicationId === input.applicationId))
      return refuse('already_assigned');
    if (facts.conflicts.get(member.id)?.has(input.applicationId)) return refuse('conflict');
    if (mine.length >= member.capacity) return refuse('over_capacity');
    await insertAssignments(tx, [
      {
        panelId: panel.id,
        applicationId: input.applicationId,
        memberId: member.id,
        source: 'manual',
        createdByUserId: actor.kind === 'user' ? actor.userId : null,
        createdAt: at,
      },
    ]);
    await recordAudit(tx, at, actor, meta, {
      action: 'panel.assignment_added',
      entityType: 'panel',
      entityId: panel.id,
      after: { applicationId: input.applicationId, memberId: member.id },
    });
    return { ok: true };
  });
}

/** The officer removes an assignment whose review has not started (a started one stays). */
export async function removeAssignment(
  deps: TDeps,
  actor: TActor,
  meta: TRequestMeta,
  input: { panelId: string; assignmentId: string },
): Promise<TAdjustResult> {
  const at = instantOf(deps, meta);
  return deps.database.db.transaction(async (tx): Promise<TAdjustResult> => {
    const panel = await panelFor(tx, actor, input.panelId, { forUpdate: true });
    const facts = await loadAssignmentFacts(tx, panel);
    const target = facts.assignments.find((a) => a.id === input.assignmentId);
    if (!target) throw new AppError('not_found', 'No such assignment');
    if (target.isStarted)
      return { ok: false, reason: 'started', page: await panelPageOf(tx, panel) };
    await deleteUnstartedAssignments(tx, { ids: [target.id] });
    await recordAudit(tx, at, actor, meta, {
      action: 'panel.assignment_removed',
      entityType: 'panel',
      entityId: panel.id,
      before: { applicationId: target.applicationId, memberId: target.memberId },
    });
    return { ok: true };
  });
}

import type { TDb } from '@/db/client';
import {
  deleteUnstartedAssignments,
  insertAssignments,
} from '@/db/repositories/assignment.repository';
import type { TPanelRow } from '@/db/repositories/panel.repository';
import { assignReviewers } from '@/domain/review/assignment';
import type { TActor } from '@/policies/actor';

import { recordAudit } from '../audit/record-audit';
import { instantOf, type TDeps, type TRequestMeta } from '../context';
import { loadAssignmentFacts } from './assignment-facts';
import { panelFor } from './panel-access';
import { syncPanelApplications } from './sync-panel-applications';

export type TAssignmentRunCounts = {
  kept: number;
  added: number;
  removed: number;
  underCovered: number;
  missing: number;
};

/**
 * R-REV-ASSIGN inside the caller's transaction (the panel row locked by the caller): syncs
 * the panel's applications, builds the problem from stored facts, solves it, and writes only
 * the difference — assignments still allowed stay, new ones are added, unstarted ones no
 * longer allowed are removed; started ones never move (the solver keeps them, and the delete
 * refuses them). Audited with the counts.
 */
export async function assignPanelInTx(
  tx: TDb,
  actor: TActor,
  meta: TRequestMeta,
  panel: TPanelRow,
  at: Date,
): Promise<TAssignmentRunCounts> {
  await syncPanelApplications(tx, panel, at);
  const facts = await loadAssignmentFacts(tx, panel);
  const result = assignReviewers(facts.problem);
  const key = (application: string, reviewer: string) => `${application}\u0000${reviewer}`;
  const chosen = new Set(result.assignments.map((a) => key(a.application, a.reviewer)));
  const existing = new Set(facts.assignments.map((a) => key(a.applicationId, a.memberId)));
  const gone = facts.assignments.filter(
    (a) => !a.isStarted && !chosen.has(key(a.applicationId, a.memberId)),
  );
  const removed = await deleteUnstartedAssignments(tx, { ids: gone.map((a) => a.id) });
  const added = await insertAssignments(
    tx,
    result.assignments
      .filter((a) => !existing.has(key(a.application, a.reviewer)))
      .map((a) => ({
        panelId: panel.id,
        applicationId: a.application,
        memberId: a.reviewer,
        source: 'auto' as const,
        createdByUserId: actor.kind === 'user' ? actor.userId : null,
        createdAt: at,
      })),
  );
  const counts: TAssignmentRunCounts = {
    kept: facts.assignments.length - removed,
    added,
    removed,
    underCovered: result.underCovered.length,
    missing: result.underCovered.reduce((s, u) => s + u.missing, 0),
  };
  await recordAudit(tx, at, actor, meta, {
    action: 'panel.assignment_run',
    entityType: 'panel',
    entityId: panel.id,
    after: counts,
  });
  return counts;
}

/** "Assign automatically" on a panel's assignment page. */
export async function runAssignment(
  deps: TDeps,
  actor: TActor,
  meta: TRequestMeta,
  panelId: string,
): Promise<TAssignmentRunCounts> {
  const at = instantOf(deps, meta);
  return deps.database.db.transaction(async (tx) => {
    const panel = await panelFor(tx, actor, panelId, { forUpdate: true });
    return assignPanelInTx(tx, actor, meta, panel, at);
  });
}

import type { TDb } from '@/db/client';
import {
  findLiveMembership,
  findRankingPanel,
  type TRankingPanelRow,
} from '@/db/repositories/ranking.repository';
import { requireAccess } from '@/policies/access';
import type { TActor } from '@/policies/actor';
import type { TPermission } from '@/policies/permissions';

import { AppError } from '../app-error';
import { conflictsOfMember, type TMemberConflicts } from '../review/member-conflicts';

export type TPanelAccess = {
  panel: TRankingPanelRow;
  /** What the actor may not see of the panel (R-GEN-COI): empty for officers off the panel. */
  conflicts: TMemberConflicts;
  isChair: boolean;
};

/**
 * A panel as the actor may act on it: 404 when it does not exist or is not theirs (another
 * panel's chair learns nothing of it), then the actor's conflicts as a member of it, from the
 * one source of them. Whoever sits on the panel gets their conflicts hidden, whatever other
 * role they hold.
 * @example const { panel, conflicts } = await openPanel(tx, actor, panelId, 'ranking.read');
 */
export async function openPanel(
  db: TDb,
  actor: TActor,
  panelId: string,
  action: TPermission,
): Promise<TPanelAccess> {
  const panel = await findRankingPanel(db, panelId);
  if (!panel) throw new AppError('not_found', 'No such panel');
  const member =
    actor.kind === 'user' ? await findLiveMembership(db, panel.id, actor.userId) : undefined;
  const panelRole = member?.role ?? null;
  requireAccess(actor, action, { programId: panel.programId, panelRole }, { hideExistence: true });
  const conflicts: TMemberConflicts = member ? await conflictsOfMember(db, member) : new Map();
  return { panel, conflicts, isChair: panelRole === 'chair' };
}

/** 404 for an application the actor may not see on this panel (not on it, or a conflict). */
export function requireVisible(access: TPanelAccess, applicationId: string): void {
  if (access.conflicts.has(applicationId))
    throw new AppError('not_found', 'No such application on this panel');
}

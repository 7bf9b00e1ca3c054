import { listMembershipsOfUser } from '@/db/repositories/review.repository';
import { progressOf } from '@/domain/review/workspace/queue';
import { requireAccess } from '@/policies/access';
import type { TActor } from '@/policies/actor';

import type { TDeps } from '../context';
import { loadQueue } from './reviewer-access';

export type TMyPanel = {
  panelId: string;
  name: string;
  role: 'reviewer' | 'chair';
  dueAt: Date | null;
  isDeclared: boolean;
  submitted: number;
  total: number;
};

/**
 * The panels the signed-in user works on, with their progress: counts leave out every
 * conflicted application (R-GEN-COI), as the queue does.
 * @example const panels = await getMyPanels(deps, actor);
 */
export async function getMyPanels(deps: TDeps, actor: TActor): Promise<TMyPanel[]> {
  requireAccess(actor, 'review.work');
  if (actor.kind !== 'user') return [];
  const memberships = await listMembershipsOfUser(deps.database.db, actor.userId);
  return Promise.all(
    memberships.map(async (m) => {
      const queue = await loadQueue(deps, m);
      return {
        panelId: m.panel.id,
        name: m.panel.name,
        role: m.member.role,
        dueAt: m.panel.reviewsDueAt,
        isDeclared: m.member.conflictsDeclaredAt !== null,
        ...progressOf(queue),
      };
    }),
  );
}

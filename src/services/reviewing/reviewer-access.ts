import {
  findMembership,
  isOnPanel,
  listQueue,
  type TMembership,
  type TQueueRow,
} from '@/db/repositories/review.repository';
import { requireAccess } from '@/policies/access';
import type { TActor } from '@/policies/actor';

import { AppError } from '../app-error';
import type { TDeps } from '../context';
import { conflictsOfMember } from '../review/member-conflicts';

/** A member's queue: their assigned applications that are not conflicted, in queue order. */
export type TReviewerQueue = { membership: TMembership; queue: TQueueRow[] };

/** What one application is to the member who asked for it. */
export type TVisibleApplication =
  | { kind: 'declare_first'; panelId: string }
  | {
      kind: 'visible';
      membership: TMembership;
      queue: TQueueRow[];
      /** The member's assignment of it; null for a chair reading an unassigned one. */
      entry: TQueueRow | null;
    };

const notFound = () => new AppError('not_found', 'No such panel or application');

/**
 * The signed-in user's live membership of a panel (accepted, not removed), or 404 exactly as
 * for a panel that does not exist: a reviewer of another panel learns nothing (R-GEN-COI).
 * @example const { member, panel } = await requireMember(deps, actor, panelId);
 */
export async function requireMember(
  deps: TDeps,
  actor: TActor,
  panelId: string,
): Promise<TMembership> {
  requireAccess(actor, 'review.work', {}, { hideExistence: true });
  if (actor.kind !== 'user') throw notFound();
  const membership = await findMembership(deps.database.db, panelId, actor.userId);
  if (!membership) throw notFound();
  requireAccess(
    actor,
    'review.work',
    { memberUserId: membership.member.userId ?? '' },
    { hideExistence: true },
  );
  return membership;
}

/**
 * The member's queue with every conflicted application taken out (R-GEN-COI: never in a list,
 * a count, a packet or a sheet), from the one source of conflicts (conflictsOfMember).
 */
export async function loadQueue(deps: TDeps, membership: TMembership): Promise<TQueueRow[]> {
  const db = deps.database.db;
  const rows = await listQueue(db, membership.member.id);
  if (rows.length === 0) return [];
  const conflicts = await conflictsOfMember(
    db,
    membership.member,
    rows.map((r) => r.applicationId),
  );
  return rows.filter((r) => !conflicts.has(r.applicationId));
}

/** The member and their queue, for the pages and files that list applications. */
export async function requireQueue(
  deps: TDeps,
  actor: TActor,
  panelId: string,
): Promise<TReviewerQueue | { kind: 'declare_first'; panelId: string }> {
  const membership = await requireMember(deps, actor, panelId);
  if (!membership.member.conflictsDeclaredAt) return { kind: 'declare_first', panelId };
  return { membership, queue: await loadQueue(deps, membership) };
}

/**
 * THE check of every review page and file about one application: a live member of the panel
 * who has declared their conflicts, and the application assigned to them — or, for the panel's
 * chair, any application of the panel — and not conflicted (R-GEN-COI). Anything else is 404,
 * the same answer as for an id that does not exist. Before declaring, nothing opens: the
 * caller sends the member to the declaration list whatever the id.
 * @example const seen = await requireVisibleApplication(deps, actor, panelId, applicationId);
 */
export async function requireVisibleApplication(
  deps: TDeps,
  actor: TActor,
  panelId: string,
  applicationId: string,
): Promise<TVisibleApplication> {
  const membership = await requireMember(deps, actor, panelId);
  if (!membership.member.conflictsDeclaredAt) return { kind: 'declare_first', panelId };
  const queue = await loadQueue(deps, membership);
  const entry = queue.find((r) => r.applicationId === applicationId) ?? null;
  if (entry) return { kind: 'visible', membership, queue, entry };
  if (membership.member.role !== 'chair') throw notFound();
  const db = deps.database.db;
  if (!(await isOnPanel(db, panelId, applicationId))) throw notFound();
  const conflicts = await conflictsOfMember(db, membership.member, [applicationId]);
  if (conflicts.has(applicationId)) throw notFound();
  return { kind: 'visible', membership, queue, entry: null };
}

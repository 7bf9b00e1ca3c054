import { deleteSession, deleteSessionsOfUser } from '@/db/repositories/session.repository';
import { requireAccess } from '@/policies/access';
import type { TActor } from '@/policies/actor';

import { recordAudit } from '../audit/record-audit';
import type { TDeps, TRequestMeta } from '../context';
import { hashToken } from './secrets';

/**
 * Ends this browser's session, or with `everywhere` every session of the user on every
 * device (sessions live in the database, so this is immediate on all servers).
 */
export async function signOut(
  deps: TDeps,
  actor: TActor,
  meta: TRequestMeta,
  input: { token: string; everywhere: boolean },
): Promise<void> {
  requireAccess(actor, 'session.sign_out');
  if (actor.kind !== 'user') return;
  const now = deps.now();
  await deps.database.db.transaction(async (tx) => {
    const ended = input.everywhere
      ? await deleteSessionsOfUser(tx, actor.userId)
      : await deleteSession(tx, hashToken(input.token));
    await recordAudit(tx, now, actor, meta, {
      action: input.everywhere ? 'session.ended_everywhere' : 'session.ended',
      entityType: 'user',
      entityId: actor.userId,
      after: { sessionsEnded: ended },
    });
  });
}

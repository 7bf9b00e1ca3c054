import { findRefereeOfApplication, updateReferee } from '@/db/repositories/referee.repository';
import type { TActor } from '@/policies/actor';

import { AppError } from '../app-error';
import { recordAudit } from '../audit/record-audit';
import type { TDeps, TRequestMeta } from '../context';
import { auditSnapshot, localeOf } from './referee-facts';
import {
  loadManagedApplication,
  queueInvitation,
  type TRefereeChangeResult,
} from './referee-invitations';

/** A resend waits this long after the last invitation, so a professor is not sent a flood. */
export const RESEND_AFTER_MINUTES = 10;

/**
 * Sends a referee who has not answered a new personal link: the new token replaces the old
 * one, so the old link dies at once. Status stays what it was (an opened letter stays opened).
 */
export async function resendInvitation(
  deps: TDeps,
  actor: TActor,
  meta: TRequestMeta,
  input: { applicationId: string; refereeId: string },
): Promise<TRefereeChangeResult> {
  const now = deps.now();
  const result = await deps.database.db.transaction(async (tx): Promise<TRefereeChangeResult> => {
    const managed = await loadManagedApplication(deps, actor, tx, input.applicationId);
    const before = await findRefereeOfApplication(tx, managed.app.id, input.refereeId, {
      forUpdate: true,
    });
    if (!before || before.replacedAt !== null) throw new AppError('not_found', 'No such referee');
    if (!managed.isOpen) return { ok: false, error: 'closed' };
    if (before.status !== 'invited' && before.status !== 'opened')
      return { ok: false, error: 'not_replaceable' };
    if (now.getTime() - before.invitedAt.getTime() < RESEND_AFTER_MINUTES * 60_000)
      return { ok: false, error: 'too_soon' };
    const tokenHash = await queueInvitation(deps, tx, now, managed, {
      name: before.name,
      email: before.email,
      locale: localeOf(before.locale),
    });
    await updateReferee(tx, before.id, { tokenHash, invitedAt: now });
    await recordAudit(tx, now, actor, meta, {
      action: 'referee.invitation_resent',
      entityType: 'referee',
      entityId: before.id,
      before: auditSnapshot(before),
      after: auditSnapshot({ ...before, invitedAt: now }),
    });
    return { ok: true, refereeId: before.id };
  });
  if (result.ok) deps.onMailQueued?.();
  return result;
}

import { insertReferee } from '@/db/repositories/referee.repository';
import type { TActor } from '@/policies/actor';

import { normaliseEmail } from '../accounts/secrets';
import { recordAudit } from '../audit/record-audit';
import type { TDeps, TRequestMeta } from '../context';
import { auditSnapshot } from './referee-facts';
import {
  checkRefereeEmail,
  loadManagedApplication,
  queueInvitation,
  type TRefereeChangeResult,
  type TRefereeInput,
} from './referee-invitations';

/**
 * The applicant names a referee (R-GEN-REFEREE): Jiangxue emails the referee a personal link in
 * the referee's language. The referee row, its invitation and the audit row commit together.
 * Refused after the deadline, once the application is locked, or past the letters it needs.
 */
export async function inviteReferee(
  deps: TDeps,
  actor: TActor,
  meta: TRequestMeta,
  input: { applicationId: string; referee: TRefereeInput },
): Promise<TRefereeChangeResult> {
  const now = deps.now();
  const email = normaliseEmail(input.referee.email);
  const result = await deps.database.db.transaction(async (tx): Promise<TRefereeChangeResult> => {
    const managed = await loadManagedApplication(deps, actor, tx, input.applicationId);
    if (!managed.isOpen) return { ok: false, error: 'closed' };
    if (managed.needed === 0) return { ok: false, error: 'no_letters' };
    if (managed.active.length >= managed.needed) return { ok: false, error: 'full' };
    const emailError = checkRefereeEmail(actor, email, managed.active);
    if (emailError) return { ok: false, error: emailError };
    const referee = { ...input.referee, email };
    const tokenHash = await queueInvitation(deps, tx, now, managed, referee);
    const row = await insertReferee(tx, {
      applicationId: managed.app.id,
      ...referee,
      tokenHash,
      status: 'invited',
      invitedAt: now,
      createdAt: now,
    });
    await recordAudit(tx, now, actor, meta, {
      action: 'referee.invited',
      entityType: 'referee',
      entityId: row.id,
      before: null,
      after: { applicationId: managed.app.id, ...auditSnapshot(row) },
    });
    return { ok: true, refereeId: row.id };
  });
  if (result.ok) deps.onMailQueued?.();
  return result;
}

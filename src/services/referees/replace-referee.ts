import {
  findRefereeOfApplication,
  insertReferee,
  updateReferee,
} from '@/db/repositories/referee.repository';
import type { TActor } from '@/policies/actor';

import { normaliseEmail } from '../accounts/secrets';
import { AppError } from '../app-error';
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
 * Replaces a referee who has not submitted (invited, opened, declined or bounced) by another:
 * the old link dies (`replaced_at`), the new referee is invited. One transaction, audited with
 * the old referee as "before" and the new one as "after".
 */
export async function replaceReferee(
  deps: TDeps,
  actor: TActor,
  meta: TRequestMeta,
  input: { applicationId: string; refereeId: string; referee: TRefereeInput },
): Promise<TRefereeChangeResult> {
  const now = deps.now();
  const email = normaliseEmail(input.referee.email);
  const result = await deps.database.db.transaction(async (tx): Promise<TRefereeChangeResult> => {
    const managed = await loadManagedApplication(deps, actor, tx, input.applicationId);
    const old = await findRefereeOfApplication(tx, managed.app.id, input.refereeId, {
      forUpdate: true,
    });
    if (!old || old.replacedAt !== null) throw new AppError('not_found', 'No such referee');
    if (!managed.isOpen) return { ok: false, error: 'closed' };
    if (old.status === 'submitted') return { ok: false, error: 'not_replaceable' };
    const others = managed.active.filter((r) => r.id !== old.id);
    const emailError = checkRefereeEmail(actor, email, others);
    if (emailError) return { ok: false, error: emailError };
    await updateReferee(tx, old.id, { replacedAt: now });
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
      action: 'referee.replaced',
      entityType: 'referee',
      entityId: old.id,
      before: auditSnapshot(old),
      after: {
        ...auditSnapshot({ ...old, replacedAt: now }),
        replacedBy: { id: row.id, ...auditSnapshot(row) },
      },
    });
    return { ok: true, refereeId: row.id };
  });
  if (result.ok) deps.onMailQueued?.();
  return result;
}

import {
  deleteSessionsOfUser,
  findUnusedEmailToken,
  useEmailToken,
} from '@/db/repositories/session.repository';
import { clearAccountFailures } from '@/db/repositories/sign-in-failure.repository';
import { findUserById, updateUser } from '@/db/repositories/user.repository';
import { requireAccess } from '@/policies/access';
import type { TActor } from '@/policies/actor';

import { recordAudit } from '../audit/record-audit';
import type { TDeps, TRequestMeta } from '../context';
import { hashPassword, hashToken } from './secrets';

export type TResetPasswordResult = { ok: true } | { ok: false; reason: 'invalid' | 'expired' };

/** Whether a reset link is still good, so the page can say so before the user types. */
export async function checkResetToken(deps: TDeps, token: string): Promise<TResetPasswordResult> {
  const row = await findUnusedEmailToken(deps.database.db, hashToken(token), 'reset_password');
  if (!row) return { ok: false, reason: 'invalid' };
  if (row.expiresAt <= deps.now()) return { ok: false, reason: 'expired' };
  return { ok: true };
}

/**
 * Sets a new password from a reset link and ends every session of the account: whoever knew
 * the old password is signed out everywhere. The sign-in failures of the account are
 * forgotten: guesses at the old password say nothing about the new one, and the owner has
 * just proved control of the address (OWASP: the reset is the way in past a lockout).
 */
export async function resetPassword(
  deps: TDeps,
  actor: TActor,
  meta: TRequestMeta,
  input: { token: string; password: string },
): Promise<TResetPasswordResult> {
  requireAccess(actor, 'account.reset_password');
  const now = deps.now();
  const tokenHash = hashToken(input.token);
  const passwordHash = await hashPassword(input.password);
  return deps.database.db.transaction(async (tx) => {
    const row = await findUnusedEmailToken(tx, tokenHash, 'reset_password');
    if (!row) return { ok: false, reason: 'invalid' } as const;
    if (row.expiresAt <= now) return { ok: false, reason: 'expired' } as const;
    if (!(await useEmailToken(tx, tokenHash, now)))
      return { ok: false, reason: 'invalid' } as const;
    await updateUser(tx, row.userId, { passwordHash, updatedAt: now });
    const ended = await deleteSessionsOfUser(tx, row.userId);
    const user = await findUserById(tx, row.userId);
    if (user) await clearAccountFailures(tx, user.email);
    await recordAudit(
      tx,
      now,
      actor,
      meta,
      {
        action: 'account.password_reset',
        entityType: 'user',
        entityId: row.userId,
        after: { sessionsEnded: ended },
      },
      { userId: row.userId, kind: 'email_link' },
    );
    return { ok: true } as const;
  });
}

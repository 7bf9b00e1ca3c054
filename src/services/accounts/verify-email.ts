import { findUnusedEmailToken, useEmailToken } from '@/db/repositories/session.repository';
import { findUserById, updateUser } from '@/db/repositories/user.repository';
import { requireAccess } from '@/policies/access';
import type { TActor } from '@/policies/actor';

import { recordAudit } from '../audit/record-audit';
import type { TDeps, TRequestMeta } from '../context';
import { hashToken } from './secrets';

export type TVerifyEmailResult = { ok: true } | { ok: false; reason: 'invalid' | 'expired' };

/** Confirms an email address from the emailed link. A token works once and for 24 hours. */
export async function verifyEmail(
  deps: TDeps,
  actor: TActor,
  meta: TRequestMeta,
  token: string,
): Promise<TVerifyEmailResult> {
  requireAccess(actor, 'account.verify_email');
  const now = deps.now();
  const tokenHash = hashToken(token);
  return deps.database.db.transaction(async (tx) => {
    const row = await findUnusedEmailToken(tx, tokenHash, 'verify_email');
    if (!row) return { ok: false, reason: 'invalid' } as const;
    if (row.expiresAt <= now) return { ok: false, reason: 'expired' } as const;
    if (!(await useEmailToken(tx, tokenHash, now)))
      return { ok: false, reason: 'invalid' } as const;
    const before = await findUserById(tx, row.userId);
    if (!before) return { ok: false, reason: 'invalid' } as const;
    if (!before.emailVerifiedAt) {
      await updateUser(tx, row.userId, { emailVerifiedAt: now, updatedAt: now });
      await recordAudit(
        tx,
        now,
        actor,
        meta,
        {
          action: 'account.email_verified',
          entityType: 'user',
          entityId: row.userId,
          before: { emailVerifiedAt: null },
          after: { emailVerifiedAt: now.toISOString() },
        },
        { userId: row.userId, kind: 'email_link' },
      );
    }
    return { ok: true } as const;
  });
}

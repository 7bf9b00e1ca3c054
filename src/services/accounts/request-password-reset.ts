import { insertEmailToken } from '@/db/repositories/session.repository';
import { findUserByEmail } from '@/db/repositories/user.repository';
import type { TLocale } from '@/i18n/locales';
import { requireAccess } from '@/policies/access';
import type { TActor } from '@/policies/actor';

import { recordAudit } from '../audit/record-audit';
import type { TDeps, TRequestMeta } from '../context';
import { queueMail } from '../mail/queue-mail';
import { newToken, normaliseEmail } from './secrets';

export const RESET_PASSWORD_MINUTES = 60;

/**
 * Emails a one-hour reset link when the address has an account. The caller always shows the
 * same "if an account exists" page, so the form reveals nothing about who is registered.
 */
export async function requestPasswordReset(
  deps: TDeps,
  actor: TActor,
  meta: TRequestMeta,
  input: { email: string },
): Promise<void> {
  requireAccess(actor, 'account.reset_password');
  const email = normaliseEmail(input.email);
  const now = deps.now();
  const queued = await deps.database.db.transaction(async (tx) => {
    const user = await findUserByEmail(tx, email);
    if (!user) return false;
    const { token, tokenHash } = newToken();
    await insertEmailToken(tx, {
      tokenHash,
      userId: user.id,
      purpose: 'reset_password',
      createdAt: now,
      expiresAt: new Date(now.getTime() + RESET_PASSWORD_MINUTES * 60_000),
    });
    await queueMail(tx, now, user.email, user.locale as TLocale, {
      template: 'reset_password',
      params: {
        name: user.displayName,
        link: `${deps.env.PUBLIC_URL}/reset-password?token=${token}`,
      },
    });
    await recordAudit(tx, now, actor, meta, {
      action: 'account.password_reset_requested',
      entityType: 'user',
      entityId: user.id,
    });
    return true;
  });
  if (queued) deps.onMailQueued?.();
}

import { findUserByEmail, insertRole, insertUser } from '@/db/repositories/user.repository';
import { insertEmailToken } from '@/db/repositories/session.repository';
import type { TLocale } from '@/i18n/locales';
import { requireAccess } from '@/policies/access';
import type { TActor } from '@/policies/actor';

import { recordAudit } from '../audit/record-audit';
import type { TDeps, TRequestMeta } from '../context';
import { queueMail } from '../mail/queue-mail';
import { hashPassword, newToken, normaliseEmail } from './secrets';

export const VERIFY_EMAIL_HOURS = 24;

export type TSignUpInput = {
  email: string;
  displayName: string;
  password: string;
  locale: TLocale;
};

/**
 * Creates an applicant account and emails a verification link. When the address already has an
 * account, that owner is emailed instead and the caller sees the same answer: the page never
 * tells a stranger which addresses are registered (OWASP authentication cheat sheet).
 */
export async function signUp(
  deps: TDeps,
  actor: TActor,
  meta: TRequestMeta,
  input: TSignUpInput,
): Promise<void> {
  requireAccess(actor, 'account.sign_up');
  const email = normaliseEmail(input.email);
  const passwordHash = await hashPassword(input.password);
  const now = deps.now();
  await deps.database.db.transaction(async (tx) => {
    const existing = await findUserByEmail(tx, email);
    if (existing) {
      const base = deps.env.PUBLIC_URL;
      await queueMail(tx, now, existing.email, existing.locale as TLocale, {
        template: 'account_exists',
        params: {
          name: existing.displayName,
          signInLink: `${base}/sign-in`,
          resetLink: `${base}/forgot-password`,
        },
      });
      return;
    }
    const user = await insertUser(tx, {
      email,
      displayName: input.displayName.trim(),
      passwordHash,
      locale: input.locale,
      createdAt: now,
      updatedAt: now,
    });
    await insertRole(tx, { userId: user.id, role: 'applicant', createdAt: now });
    const { token, tokenHash } = newToken();
    await insertEmailToken(tx, {
      tokenHash,
      userId: user.id,
      purpose: 'verify_email',
      createdAt: now,
      expiresAt: new Date(now.getTime() + VERIFY_EMAIL_HOURS * 3_600_000),
    });
    await queueMail(tx, now, email, input.locale, {
      template: 'verify_email',
      params: {
        name: user.displayName,
        link: `${deps.env.PUBLIC_URL}/verify-email?token=${token}`,
      },
    });
    await recordAudit(
      tx,
      now,
      actor,
      meta,
      {
        action: 'account.created',
        entityType: 'user',
        entityId: user.id,
        after: { email, displayName: user.displayName, locale: user.locale, roles: ['applicant'] },
      },
      { userId: user.id, kind: 'user' },
    );
  });
  deps.onMailQueued?.();
}

import {
  clearSignInFailures,
  countSignInFailures,
  deleteSession,
  insertSession,
  insertSignInFailure,
} from '@/db/repositories/session.repository';
import { findUserByEmail } from '@/db/repositories/user.repository';
import { requireAccess } from '@/policies/access';
import type { TActor } from '@/policies/actor';

import { recordAudit } from '../audit/record-audit';
import type { TDeps, TRequestMeta } from '../context';
import { decoyPasswordHash, hashToken, newToken, normaliseEmail, verifyPassword } from './secrets';

// Note: OWASP authentication cheat sheet, "login throttling": after 5 failures for one login
// name within 15 minutes, refuse further attempts (right or wrong) until the window passes.
// Kept in the database, so the limit holds across every app server.
export const MAX_FAILURES = 5;
export const FAILURE_WINDOW_MINUTES = 15;

export type TSignInResult =
  | { ok: true; token: string; userId: string; locale: string }
  | { ok: false; reason: 'invalid_credentials' }
  | { ok: false; reason: 'throttled'; retryAfterMinutes: number };

/**
 * Checks email and password and opens a new database session. The session id is always new
 * (rotated at sign-in, against fixation): a session the browser already held is ended.
 */
export async function signIn(
  deps: TDeps,
  actor: TActor,
  meta: TRequestMeta,
  input: { email: string; password: string; previousToken?: string | undefined },
): Promise<TSignInResult> {
  requireAccess(actor, 'account.sign_in');
  const email = normaliseEmail(input.email);
  const now = deps.now();
  const windowStart = new Date(now.getTime() - FAILURE_WINDOW_MINUTES * 60_000);
  const { db } = deps.database;

  if ((await countSignInFailures(db, email, windowStart)) >= MAX_FAILURES) {
    return { ok: false, reason: 'throttled', retryAfterMinutes: FAILURE_WINDOW_MINUTES };
  }
  const user = await findUserByEmail(db, email);
  const isValid = await verifyPassword(
    user?.passwordHash ?? (await decoyPasswordHash()),
    input.password,
  );

  if (!user || !isValid) {
    await db.transaction(async (tx) => {
      await insertSignInFailure(tx, email, now);
      await recordAudit(tx, now, actor, meta, {
        action: 'session.sign_in_failed',
        entityType: 'user',
        entityId: user?.id ?? 'unknown',
      });
    });
    return { ok: false, reason: 'invalid_credentials' };
  }

  const { token, tokenHash } = newToken();
  await db.transaction(async (tx) => {
    if (input.previousToken) await deleteSession(tx, hashToken(input.previousToken));
    await insertSession(tx, {
      tokenHash,
      userId: user.id,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + deps.env.SESSION_ABSOLUTE_HOURS * 3_600_000),
    });
    await clearSignInFailures(tx, email, new Date(now.getTime() + 1));
    await recordAudit(
      tx,
      now,
      actor,
      meta,
      { action: 'session.created', entityType: 'user', entityId: user.id },
      { userId: user.id, kind: 'user' },
    );
  });
  return { ok: true, token, userId: user.id, locale: user.locale };
}

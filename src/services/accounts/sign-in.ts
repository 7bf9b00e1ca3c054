import { deleteSession, insertSession } from '@/db/repositories/session.repository';
import {
  clearPairFailures,
  insertSignInFailure,
  lockSignInKeys,
  pruneSignInFailures,
  signInFailureStats,
} from '@/db/repositories/sign-in-failure.repository';
import { findUserByEmail } from '@/db/repositories/user.repository';
import { requireAccess } from '@/policies/access';
import type { TActor } from '@/policies/actor';

import { recordAudit } from '../audit/record-audit';
import type { TDeps, TRequestMeta } from '../context';
import { recordSignInFailure } from './record-sign-in-failure';
import {
  decoyPasswordHash,
  deviceToken,
  hashToken,
  newToken,
  normaliseEmail,
  verifyPassword,
} from './secrets';
import { judgeAttempt, sourceKey, throttleWindows, type TThrottleScope } from './sign-in-throttle';

export type TSignInResult =
  | { ok: true; token: string; userId: string; locale: string; deviceToken: string }
  | { ok: false; reason: 'invalid_credentials' }
  | { ok: false; reason: 'throttled'; scope: TThrottleScope; retryAfterSeconds: number };

export type TSignInInput = {
  email: string;
  password: string;
  /** request.ip: failures count per (login name, address) pair and per address (IPv6: /64). */
  sourceAddress: string;
  /** The value of a valid device cookie, when the browser sent one. */
  deviceToken?: string | undefined;
  previousToken?: string | undefined;
};

/**
 * Checks email and password and opens a new database session. The session id is always new
 * (rotated at sign-in, against fixation): a session the browser already held is ended.
 * A throttled attempt is refused before the password is even checked (sign-in-throttle.ts).
 */
export async function signIn(
  deps: TDeps,
  actor: TActor,
  meta: TRequestMeta,
  input: TSignInInput,
): Promise<TSignInResult> {
  requireAccess(actor, 'account.sign_in');
  const email = normaliseEmail(input.email);
  const key = { email, sourceAddress: sourceKey(input.sourceAddress) };
  const now = deps.now();
  const windows = throttleWindows(now);
  const isTrustedDevice = input.deviceToken === deviceToken(email);
  const { db } = deps.database;

  // Note: the attempt is counted as a failure before the password is checked, under a lock on
  // its name and address, so a burst of concurrent guesses is judged one guess at a time.
  const verdict = await db.transaction(async (tx) => {
    await lockSignInKeys(tx, email, key.sourceAddress);
    const judged = judgeAttempt(await signInFailureStats(tx, key, windows), now, isTrustedDevice);
    if (judged.isAllowed) {
      await pruneSignInFailures(tx, key, windows.account);
      await insertSignInFailure(tx, { ...key, at: now });
    }
    return judged;
  });
  if (!verdict.isAllowed) return { ok: false, reason: 'throttled', ...verdict };

  const user = await findUserByEmail(db, email);
  const isValid = await verifyPassword(
    user?.passwordHash ?? (await decoyPasswordHash()),
    input.password,
  );
  if (!user || !isValid) {
    await recordSignInFailure(deps, actor, meta, {
      key,
      ip: input.sourceAddress,
      user,
      now,
      isTrustedDevice,
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
    await clearPairFailures(tx, email, key.sourceAddress);
    await recordAudit(
      tx,
      now,
      actor,
      meta,
      { action: 'session.created', entityType: 'user', entityId: user.id },
      { userId: user.id, kind: 'user' },
    );
  });
  return { ok: true, token, userId: user.id, locale: user.locale, deviceToken: deviceToken(email) };
}

import {
  deleteSession,
  findSessionWithUser,
  touchSession,
} from '@/db/repositories/session.repository';
import { ANONYMOUS, type TActor } from '@/policies/actor';

import type { TDeps } from '../context';
import { hashToken } from './secrets';

// Writing last_seen_at on every request would turn each page view into a write; a minute of
// slack on a 30-minute idle timeout is harmless.
const TOUCH_AFTER_MS = 60_000;

export type TResolvedSession = { actor: TActor; locale: string | null };

/**
 * Turns a session cookie into the actor, enforcing the idle and absolute timeouts. An expired
 * session is deleted (an expiry, not a state change anyone made: not audited).
 */
export async function resolveSession(
  deps: TDeps,
  token: string | undefined,
): Promise<TResolvedSession> {
  if (!token) return { actor: ANONYMOUS, locale: null };
  const { db } = deps.database;
  const tokenHash = hashToken(token);
  const found = await findSessionWithUser(db, tokenHash);
  if (!found) return { actor: ANONYMOUS, locale: null };
  const { session, user, roles } = found;
  const now = deps.now();
  const idleLimit = session.lastSeenAt.getTime() + deps.env.SESSION_IDLE_MINUTES * 60_000;
  if (now >= session.expiresAt || now.getTime() >= idleLimit) {
    await deleteSession(db, tokenHash);
    return { actor: ANONYMOUS, locale: null };
  }
  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_AFTER_MS)
    await touchSession(db, tokenHash, now);
  return {
    actor: {
      kind: 'user',
      userId: user.id,
      email: user.email,
      isEmailVerified: user.emailVerifiedAt !== null,
      roles: roles.map((r) => ({
        role: r.role,
        programId: r.programId,
        institutionId: r.institutionId,
        countryCode: r.countryCode,
        agencyNumber: r.agencyNumber,
      })),
    },
    locale: user.locale,
  };
}

import { claimSignInAlert, signInFailureStats } from '@/db/repositories/sign-in-failure.repository';
import type { TUserRow } from '@/db/repositories/user.repository';
import type { TLocale } from '@/i18n/locales';
import type { TActor } from '@/policies/actor';

import { recordAudit } from '../audit/record-audit';
import type { TDeps, TRequestMeta } from '../context';
import { queueMail } from '../mail/queue-mail';
import { judgeAttempt, SIGN_IN_THROTTLE, throttleWindows } from './sign-in-throttle';

/**
 * After a wrong password (the attempt's row is already counted): audits the failure, and the
 * throttle it starts or lengthens (OWASP: every lockout logged), and emails the owner of the
 * account at most once a day when failures repeat, in the owner's language.
 */
export async function recordSignInFailure(
  deps: TDeps,
  actor: TActor,
  meta: TRequestMeta,
  failure: {
    /** The counters' key: the address as counted (an IPv6 address by its /64). */
    key: { email: string; sourceAddress: string };
    /** The address exactly, for the audit log. */
    ip: string;
    user: TUserRow | undefined;
    now: Date;
    isTrustedDevice: boolean;
  },
): Promise<void> {
  const { key, user, now } = failure;
  const windows = throttleWindows(now);
  const queued = await deps.database.db.transaction(async (tx) => {
    const stats = await signInFailureStats(tx, key, windows);
    await recordAudit(tx, now, actor, meta, {
      action: 'session.sign_in_failed',
      entityType: 'user',
      entityId: user?.id ?? 'unknown',
      after: { sourceAddress: failure.ip },
    });
    const next = judgeAttempt(stats, now, failure.isTrustedDevice);
    if (!next.isAllowed) {
      const isSource = next.scope === 'source';
      await recordAudit(tx, now, actor, meta, {
        action: 'session.sign_in_throttled',
        entityType: isSource ? 'source_address' : 'user',
        entityId: isSource ? key.sourceAddress : (user?.id ?? 'unknown'),
        after: {
          scope: next.scope,
          sourceAddress: failure.ip,
          failures: isSource ? stats.sourceNames : stats.pairFailures,
          retryAfterSeconds: next.retryAfterSeconds,
        },
      });
    }
    if (!user || stats.accountFailures < SIGN_IN_THROTTLE.alertFailures) return false;
    if (!(await claimSignInAlert(tx, user.id, now, windows.account))) return false;
    await queueMail(
      tx,
      now,
      user.email,
      user.locale as TLocale,
      {
        template: 'sign_in_failures',
        params: {
          name: user.displayName,
          count: stats.accountFailures,
          hours: SIGN_IN_THROTTLE.windowHours,
          resetLink: `${deps.env.PUBLIC_URL}/forgot-password`,
        },
      },
      { type: 'user', id: user.id },
    );
    return true;
  });
  if (queued) deps.onMailQueued?.();
}

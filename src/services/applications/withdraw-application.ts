import {
  insertApplicationEvent,
  updateApplication,
} from '@/db/repositories/application.repository';
import { findCall } from '@/db/repositories/call.repository';
import { findUserById } from '@/db/repositories/user.repository';
import { isBeforeDeadline } from '@/domain/dates';
import { getProgram } from '@/domain/programs';
import { formatBeijingDeadline } from '@/i18n/format';
import { deadlineClosesAt } from '@/domain/dates';
import { isLocale } from '@/i18n/locales';
import type { TActor } from '@/policies/actor';

import { recordAudit } from '../audit/record-audit';
import { instantOf, type TDeps, type TRequestMeta } from '../context';
import { queueMail } from '../mail/queue-mail';
import { getApplicationFor } from './get-application';

export type TWithdrawResult =
  { ok: true } | { ok: false; reason: 'past_deadline' | 'not_submitted' };

/**
 * R-GEN-EDIT: until its deadline a submitted application may be withdrawn to edit and then
 * submitted again (its receipt number stays); after the deadline it is locked.
 */
export async function withdrawApplication(
  deps: TDeps,
  actor: TActor,
  meta: TRequestMeta,
  input: { applicationId: string },
): Promise<TWithdrawResult> {
  const now = instantOf(deps, meta);
  const result = await deps.database.db.transaction(async (tx): Promise<TWithdrawResult> => {
    const app = await getApplicationFor(deps, actor, input.applicationId, 'application.update', {
      db: tx,
      forUpdate: true,
    });
    if (app.status !== 'submitted') return { ok: false, reason: 'not_submitted' };
    const call = await findCall(tx, app.callId);
    if (!call?.closesOn || !isBeforeDeadline(now, call.closesOn))
      return { ok: false, reason: 'past_deadline' };
    await updateApplication(tx, app.id, {
      status: 'withdrawn',
      version: app.version + 1,
      updatedAt: now,
    });
    await insertApplicationEvent(tx, { applicationId: app.id, kind: 'withdrawn', at: now });
    await recordAudit(tx, now, actor, meta, {
      action: 'application.withdrawn',
      entityType: 'application',
      entityId: app.id,
      before: { status: 'submitted' },
      after: { status: 'withdrawn' },
      reason: 'withdrawn by the applicant to edit (R-GEN-EDIT)',
    });
    const user = await findUserById(tx, app.applicantUserId);
    if (user) {
      const locale = isLocale(user.locale) ? user.locale : 'en';
      const program = getProgram(app.programId);
      await queueMail(
        tx,
        now,
        user.email,
        locale,
        {
          template: 'application_withdrawn',
          params: {
            name: user.displayName,
            program: locale === 'zh-CN' ? program.name.zh : program.name.en,
            deadline: formatBeijingDeadline(new Date(deadlineClosesAt(call.closesOn)), locale),
            link: `${deps.env.PUBLIC_URL}/applications/${app.id}`,
          },
        },
        { type: 'application', id: app.id },
      );
    }
    return { ok: true };
  });
  if (result.ok) deps.onMailQueued?.();
  return result;
}

import { randomBytes } from 'node:crypto';

import { findApplicantProfile } from '@/db/repositories/applicant.repository';
import {
  insertApplicationEvent,
  updateApplication,
} from '@/db/repositories/application.repository';
import { findCall } from '@/db/repositories/call.repository';
import { findOpenReturn, markReturnResubmitted } from '@/db/repositories/screening.repository';
import { findOtherHostApplication } from '@/db/repositories/submission.repository';
import { findUserById } from '@/db/repositories/user.repository';
import type { TApplication } from '@/domain/applications/application';
import { beijingDateOf, isBeforeDeadline } from '@/domain/dates';
import { getProgram } from '@/domain/programs';
import { formatBeijingDateTime } from '@/i18n/format';
import { isLocale } from '@/i18n/locales';
import type { TActor } from '@/policies/actor';

import { recordAudit } from '../audit/record-audit';
import { instantOf, type TDeps, type TRequestMeta } from '../context';
import { queueMail } from '../mail/queue-mail';
import { checkCompleteness } from './check-completeness';
import { editWindowOf } from './edit-window';
import { getApplicationFor } from './get-application';
import { submitPageOf, type TSubmitPage } from './get-submit-page';

/** Why a submission is refused; the page comes along, to be shown again with the reason. */
export type TSubmitRefusal =
  | { reason: 'past_deadline' | 'not_open' | 'locked' | 'incomplete' }
  | { reason: 'other_host'; hostName: { en: string; zh: string } };

export type TSubmitResult =
  | { ok: true; receiptNumber: string; isNew: boolean }
  | ({ ok: false; page: TSubmitPage } & TSubmitRefusal);

// Receipt numbers and verification codes: Crockford base32 without look-alike letters.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
function code(length: number): string {
  return [...randomBytes(length)].map((b) => ALPHABET[b % 32]).join('');
}

/**
 * Submits an application in one transaction: the deadline is judged on the server in Beijing
 * time (R-GEN-TIME) against the injected clock; then completeness (with the CSC medical form's
 * validity, R-CSC-ELIG), the finder's ineligibility reasons and one host per person
 * (R-ANSO-ONEHOST). Submitting twice returns the first receipt: nothing is duplicated. An
 * application returned for correction is resubmitted the same way until the return's own
 * deadline (R-GEN-EDIT), and goes back to its host's screening queue.
 * Note: R-GEN-TIME — every rule of one submission is judged at the one instant it arrived
 * (`meta.receivedAt`, else the clock read once on entry), so one that arrived at 23:59:59 and
 * waited for a lock past midnight is on time, and its documents and finder profile are judged
 * on that same day, not the next.
 */
export async function submitApplication(
  deps: TDeps,
  actor: TActor,
  meta: TRequestMeta,
  input: { applicationId: string },
): Promise<TSubmitResult> {
  const now = instantOf(deps, meta);
  type TAttempt =
    | { ok: true; receiptNumber: string; isNew: boolean }
    | ({ ok: false; app: TApplication } & TSubmitRefusal);
  const result = await deps.database.db.transaction(async (tx): Promise<TAttempt> => {
    const app = await getApplicationFor(deps, actor, input.applicationId, 'application.submit', {
      db: tx,
      forUpdate: true,
    });
    const isReturned = app.status === 'returned';
    if (app.status !== 'draft' && app.status !== 'withdrawn' && !isReturned) {
      return app.receiptNumber
        ? { ok: true, receiptNumber: app.receiptNumber, isNew: false }
        : { ok: false, app, reason: 'locked' };
    }
    const call = await findCall(tx, app.callId);
    // R-GEN-EDIT: a returned application is judged against its return's own short deadline.
    const openReturn = isReturned ? await findOpenReturn(tx, app.id) : undefined;
    if (isReturned) {
      if (!call || !openReturn || (await editWindowOf(tx, app, now)).isPastDeadline)
        return { ok: false, app, reason: 'past_deadline' };
    } else {
      if (!call?.closesOn || !isBeforeDeadline(now, call.closesOn))
        return { ok: false, app, reason: 'past_deadline' };
      if (call.opensOn && beijingDateOf(now) < call.opensOn)
        return { ok: false, app, reason: 'not_open' };
    }

    const completeness = await checkCompleteness(deps, tx, app, now);
    if (!completeness.isComplete) return { ok: false, app, reason: 'incomplete' };
    const profile = await findApplicantProfile(tx, app.applicantUserId);
    const identityKey = profile!.identityKey;
    if (app.programId === 'cas-anso') {
      const other = await findOtherHostApplication(tx, {
        identityKey,
        intakeYear: call.intakeYear,
        excludeApplicationId: app.id,
        hostId: app.hostId,
      });
      if (other) {
        return {
          ok: false,
          app,
          reason: 'other_host',
          hostName: {
            en: other.hostNameEn ?? other.hostId ?? '?',
            zh: other.hostNameZh ?? other.hostId ?? '?',
          },
        };
      }
    }

    const receiptNumber = app.receiptNumber ?? `JX-${call.intakeYear}-${code(8)}`;
    const verificationCode = app.verificationCode ?? code(10);
    // Note: R-GEN-EDIT — a corrected application keeps the submission time it was returned
    // with: it was on time then, and the correction does not move it down a tie-break.
    const submittedAt = isReturned && app.submittedAt ? app.submittedAt : now;
    await updateApplication(tx, app.id, {
      status: 'submitted',
      identityKey,
      receiptNumber,
      verificationCode,
      submittedAt,
      version: app.version + 1,
      updatedAt: now,
    });
    if (openReturn) await markReturnResubmitted(tx, openReturn.id, now);
    await insertApplicationEvent(tx, {
      applicationId: app.id,
      kind: 'submitted',
      at: now,
      detail: { receiptNumber },
    });
    await recordAudit(tx, now, actor, meta, {
      action: 'application.submitted',
      entityType: 'application',
      entityId: app.id,
      before: { status: app.status },
      after: {
        status: 'submitted',
        receiptNumber,
        submittedAt: submittedAt.toISOString(),
        ...(openReturn ? { returnId: openReturn.id, resubmittedAt: now.toISOString() } : {}),
      },
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
          template: 'application_submitted',
          params: {
            name: user.displayName,
            program: locale === 'zh-CN' ? program.name.zh : program.name.en,
            receipt: receiptNumber,
            submittedAt: formatBeijingDateTime(now, locale),
            link: `${deps.env.PUBLIC_URL}/applications/${app.id}/status`,
          },
        },
        { type: 'application', id: app.id },
      );
    }
    return { ok: true, receiptNumber, isNew: true };
  });
  if (!result.ok) {
    // Read after the transaction (its lock released), on the same instant the refusal was.
    const { app, ...refusal } = result;
    return { ...refusal, page: await submitPageOf(deps, deps.database.db, app, now) };
  }
  if (result.isNew) deps.onMailQueued?.();
  return result;
}

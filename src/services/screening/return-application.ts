import {
  insertApplicationEvent,
  updateApplication,
} from '@/db/repositories/application.repository';
import { insertApplicationReturn } from '@/db/repositories/screening.repository';
import { addDays, beijingDateOf, deadlineClosesAt, isPlainDate } from '@/domain/dates';
import { formatBeijingDeadline } from '@/i18n/format';
import type { TActor } from '@/policies/actor';

import { recordAudit } from '../audit/record-audit';
import { instantOf, type TDeps, type TRequestMeta } from '../context';
import { screeningPageOf } from './get-screening-page';
import { mailApplicant } from './mail-applicant';
import { screeningApplicationFor, screeningFacts } from './screening-facts';
import type { TFieldRefusal, TScreeningResult, TTypedText } from './screening-result';

/** R-GEN-EDIT: "a new short deadline" — at most this many days after the return. */
export const RETURN_MAX_DAYS = 30;

/**
 * R-GEN-EDIT: an admission officer returns an application for a named correction with a new
 * short deadline (a Beijing day, closing at 24:00 Beijing time, from tomorrow to 30 days on).
 * The applicant may edit and resubmit until then and is told in their language.
 */
export async function returnApplication(
  deps: TDeps,
  actor: TActor,
  meta: TRequestMeta,
  input: { applicationId: string; correction: TTypedText; dueOn: string | null },
): Promise<TScreeningResult> {
  const now = instantOf(deps, meta);
  const { db } = deps.database;
  const today = beijingDateOf(now);
  const refusal = await db.transaction(async (tx) => {
    const app = await screeningApplicationFor(tx, actor, input.applicationId, 'screening.decide', {
      forUpdate: true,
    });
    if (!(await screeningFacts(deps, tx, app, now)).isActionable)
      return { app, errors: [{ field: 'correction', messageKey: 'screening.error_not_now' }] };
    const errors: TFieldRefusal[] = [];
    if (!input.correction.ok)
      errors.push({ field: 'correction', messageKey: input.correction.messageKey });
    const dueOn = input.dueOn ?? '';
    const dueError = !isPlainDate(dueOn)
      ? 'screening.error_due_invalid'
      : dueOn <= today
        ? 'screening.error_due_past'
        : dueOn > addDays(today, RETURN_MAX_DAYS)
          ? 'screening.error_due_too_far'
          : null;
    if (dueError) errors.push({ field: 'dueOn', messageKey: dueError });
    if (!input.correction.ok || errors.length) return { app, errors };
    const correction = input.correction.value;
    const dueAt = new Date(deadlineClosesAt(dueOn));
    const row = await insertApplicationReturn(tx, {
      applicationId: app.id,
      correction,
      dueAt,
      returnedByUserId: actor.kind === 'user' ? actor.userId : '',
      returnedAt: now,
    });
    await updateApplication(tx, app.id, {
      status: 'returned',
      version: app.version + 1,
      updatedAt: now,
    });
    await insertApplicationEvent(tx, {
      applicationId: app.id,
      kind: 'returned',
      at: now,
      detail: { dueAt: dueAt.toISOString() },
    });
    await recordAudit(tx, now, actor, meta, {
      action: 'screening.returned',
      entityType: 'application',
      entityId: app.id,
      before: { status: app.status },
      after: { status: 'returned', returnId: row.id, correction, dueAt: dueAt.toISOString() },
      reason: correction,
    });
    await mailApplicant(deps, tx, now, app, (base, locale) => ({
      template: 'screening_returned',
      params: { ...base, correction, deadline: formatBeijingDeadline(dueAt, locale) },
    }));
    return null;
  });
  if (!refusal) {
    deps.onMailQueued?.();
    return { ok: true };
  }
  const { app, ...rest } = refusal;
  return { ok: false, page: await screeningPageOf(deps, db, actor, app, now), ...rest };
}

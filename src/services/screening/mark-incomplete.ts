import {
  insertApplicationEvent,
  updateApplication,
} from '@/db/repositories/application.repository';
import type { TActor } from '@/policies/actor';

import { recordAudit } from '../audit/record-audit';
import { instantOf, type TDeps, type TRequestMeta } from '../context';
import { screeningPageOf } from './get-screening-page';
import { mailApplicant } from './mail-applicant';
import { screeningApplicationFor, screeningFacts } from './screening-facts';
import type { TScreeningResult, TTypedText } from './screening-result';

/**
 * An admission officer marks a submitted application incomplete, with the reason, audited;
 * the applicant is told in their language. It stays in screening: a later waiver of what was
 * missing (R-GEN-REFEREE) still lets it pass to review.
 */
export async function markIncomplete(
  deps: TDeps,
  actor: TActor,
  meta: TRequestMeta,
  input: { applicationId: string; reason: TTypedText },
): Promise<TScreeningResult> {
  const now = instantOf(deps, meta);
  const { db } = deps.database;
  const refusal = await db.transaction(async (tx) => {
    const app = await screeningApplicationFor(tx, actor, input.applicationId, 'screening.decide', {
      forUpdate: true,
    });
    const field = 'incompleteReason';
    const facts = await screeningFacts(deps, tx, app, now);
    if (!facts.isActionable || app.status === 'incomplete')
      return { app, errors: [{ field, messageKey: 'screening.error_not_now' }] };
    if (!input.reason.ok) return { app, errors: [{ field, messageKey: input.reason.messageKey }] };
    const reason = input.reason.value;
    await updateApplication(tx, app.id, {
      status: 'incomplete',
      version: app.version + 1,
      updatedAt: now,
    });
    await insertApplicationEvent(tx, { applicationId: app.id, kind: 'incomplete', at: now });
    await recordAudit(tx, now, actor, meta, {
      action: 'screening.marked_incomplete',
      entityType: 'application',
      entityId: app.id,
      before: { status: app.status },
      after: { status: 'incomplete' },
      reason,
    });
    await mailApplicant(deps, tx, now, app, (base) => ({
      template: 'screening_incomplete',
      params: { ...base, reason },
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

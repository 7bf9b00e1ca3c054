import { updateApplication } from '@/db/repositories/application.repository';
import { insertApplicationEvent } from '@/db/repositories/application.repository';
import { insertNomination } from '@/db/repositories/nomination.repository';
import { findNomination } from '@/db/repositories/screening.repository';
import type { TActor } from '@/policies/actor';

import { recordAudit } from '../audit/record-audit';
import { instantOf, type TDeps, type TRequestMeta } from '../context';
import { mailApplicant } from './mail-applicant';
import { nominationApplicationFor } from './nomination-application';
import type { TFieldRefusal, TTypedText } from './screening-result';
import { getNominationPage, type TNominationPage } from './nominations';

export type TDecideNominationResult =
  { ok: true } | { ok: false; page: TNominationPage; errors: TFieldRefusal[] };

/**
 * R-CSC-APPLY: the dispatching authority nominates or declines a CSC application filed under
 * its number, with a written reason, once, in one audited transaction. A nominated one goes
 * on to its host's screening; a declined one ends (status declined). The applicant is told in
 * their language either way.
 */
export async function decideNomination(
  deps: TDeps,
  actor: TActor,
  meta: TRequestMeta,
  input: {
    applicationId: string;
    decision: 'nominated' | 'declined' | null;
    reason: TTypedText;
  },
): Promise<TDecideNominationResult> {
  const now = instantOf(deps, meta);
  const { db } = deps.database;
  const refusal = await db.transaction(async (tx) => {
    const { app, resource } = await nominationApplicationFor(
      tx,
      actor,
      input.applicationId,
      'nomination.decide',
      { forUpdate: true },
    );
    if (app.status !== 'submitted' || (await findNomination(tx, app.id)))
      return [{ field: 'decision', messageKey: 'screening.error_already_decided' }];
    const { decision } = input;
    const errors: TFieldRefusal[] = [];
    if (decision === null)
      errors.push({ field: 'decision', messageKey: 'screening.error_decision_required' });
    if (!input.reason.ok) errors.push({ field: 'reason', messageKey: input.reason.messageKey });
    if (decision === null || !input.reason.ok) return errors;
    const reason = input.reason.value;
    await insertNomination(tx, {
      applicationId: app.id,
      decision,
      reason,
      countryCode: resource.countryCode ?? '',
      agencyNumber: resource.agencyNumber ?? '',
      decidedByUserId: actor.kind === 'user' ? actor.userId : '',
      decidedAt: now,
    });
    if (decision === 'declined')
      await updateApplication(tx, app.id, {
        status: 'declined',
        version: app.version + 1,
        updatedAt: now,
      });
    await insertApplicationEvent(tx, { applicationId: app.id, kind: decision, at: now });
    await recordAudit(tx, now, actor, meta, {
      action: `nomination.${decision}`,
      entityType: 'application',
      entityId: app.id,
      before: { status: app.status, nomination: null },
      after: { status: decision === 'declined' ? 'declined' : app.status, nomination: decision },
      reason,
    });
    await mailApplicant(deps, tx, now, app, (base) =>
      decision === 'declined'
        ? { template: 'nomination_declined', params: { ...base, reason } }
        : { template: 'nomination_nominated', params: base },
    );
    return null;
  });
  if (!refusal) {
    deps.onMailQueued?.();
    return { ok: true };
  }
  const page = await getNominationPage(deps, actor, { applicationId: input.applicationId });
  return { ok: false, page, errors: refusal };
}

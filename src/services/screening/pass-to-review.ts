import {
  insertApplicationEvent,
  updateApplication,
} from '@/db/repositories/application.repository';
import type { TActor } from '@/policies/actor';

import { recordAudit } from '../audit/record-audit';
import { instantOf, type TDeps, type TRequestMeta } from '../context';
import { screeningPageOf } from './get-screening-page';
import { screeningApplicationFor, screeningFacts } from './screening-facts';
import type { TScreeningResult } from './screening-result';

/**
 * An admission officer passes an application to review (status under_review, where the
 * panels pick it up), only once every finder reason marked "review" is decided and every
 * missing letter waived (R-GEN-REFEREE); judged again here, whatever the page showed.
 */
export async function passToReview(
  deps: TDeps,
  actor: TActor,
  meta: TRequestMeta,
  input: { applicationId: string },
): Promise<TScreeningResult> {
  const now = instantOf(deps, meta);
  const { db } = deps.database;
  const refusal = await db.transaction(async (tx) => {
    const app = await screeningApplicationFor(tx, actor, input.applicationId, 'screening.decide', {
      forUpdate: true,
    });
    const facts = await screeningFacts(deps, tx, app, now);
    if (!facts.isActionable)
      return { app, errors: [{ field: 'pass', messageKey: 'screening.error_not_now' }] };
    if (!facts.state.canPass)
      return { app, errors: [{ field: 'pass', messageKey: 'screening.error_pass_blocked' }] };
    await updateApplication(tx, app.id, {
      status: 'under_review',
      version: app.version + 1,
      updatedAt: now,
    });
    await insertApplicationEvent(tx, { applicationId: app.id, kind: 'under_review', at: now });
    await recordAudit(tx, now, actor, meta, {
      action: 'screening.passed',
      entityType: 'application',
      entityId: app.id,
      before: { status: app.status },
      after: {
        status: 'under_review',
        decisions: facts.decisions.map((d) => ({ reasonKey: d.reasonKey, decision: d.decision })),
      },
    });
    return null;
  });
  if (!refusal) return { ok: true };
  const { app, ...rest } = refusal;
  return { ok: false, page: await screeningPageOf(deps, db, actor, app, now), ...rest };
}

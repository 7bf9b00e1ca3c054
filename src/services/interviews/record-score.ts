import { findInterviewForUpdate, updateInterview } from '@/db/repositories/interview.repository';
import type { TActor } from '@/policies/actor';

import { AppError } from '../app-error';
import { recordAudit } from '../audit/record-audit';
import { instantOf, type TDeps, type TRequestMeta } from '../context';
import { requireVisible } from '../ranking/panel-access';
import { getInterviewsPage, type TInterviewsView } from './get-interviews-page';
import { openInterviewPanel } from './interview-facts';

export type TScoreResult =
  | { ok: true }
  | { ok: false; view: TInterviewsView; applicationId: string; error: 'score' | 'not_booked' };

/**
 * R-REV-RANK: an officer or the chair records the interview's score, 0–100 in hundredths, for
 * an application whose interview is booked; audited with before and after. The ranking then
 * joins it as one more criterion: (n·basis + interview)/(n + 1). `centipoints` null: the
 * form held no valid score (the page shows the error beside it).
 * @example await recordScore(deps, chair, meta, { panelId, applicationId, centipoints: 9050 })
 */
export async function recordScore(
  deps: TDeps,
  actor: TActor,
  meta: TRequestMeta,
  input: { panelId: string; applicationId: string; centipoints: number | null },
): Promise<TScoreResult> {
  const now = instantOf(deps, meta);
  const error = await deps.database.db.transaction(async (tx) => {
    const access = await openInterviewPanel(tx, actor, input.panelId);
    requireVisible(access, input.applicationId);
    const interview = await findInterviewForUpdate(tx, access.panel.id, input.applicationId);
    if (!interview) throw new AppError('not_found', 'No interview for this application');
    if (!interview.slotId) return 'not_booked' as const;
    if (input.centipoints === null) return 'score' as const;
    await updateInterview(tx, interview.id, {
      scoreCentipoints: input.centipoints,
      scoredByUserId: actor.kind === 'user' ? actor.userId : null,
      scoredAt: now,
    });
    await recordAudit(tx, now, actor, meta, {
      action: 'interview.scored',
      entityType: 'interview',
      entityId: interview.id,
      before: { scoreCentipoints: interview.scoreCentipoints },
      after: { scoreCentipoints: input.centipoints },
    });
    return null;
  });
  if (!error) return { ok: true };
  return {
    ok: false,
    view: await getInterviewsPage(deps, actor, input.panelId, now),
    applicationId: input.applicationId,
    error,
  };
}

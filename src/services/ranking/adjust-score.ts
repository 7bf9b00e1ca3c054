import {
  findPanelApplicationForUpdate,
  updatePanelApplication,
} from '@/db/repositories/ranking.repository';
import type { TActor } from '@/policies/actor';

import { AppError } from '../app-error';
import { recordAudit } from '../audit/record-audit';
import type { TDeps, TRequestMeta } from '../context';
import { instantOf } from '../context';
import { getRanking, type TRankingView } from './get-ranking';
import { openPanel, requireVisible } from './panel-access';

export type TRankingFieldError = {
  applicationId: string;
  field: 'adjustment' | 'reason';
  message: 'ranking.error_adjustment' | 'ranking.error_reason';
};

export type TRankingChangeResult =
  { ok: true } | { ok: false; view: TRankingView; errors: TRankingFieldError[] };

/**
 * R-REV-FLAG: the chair's signed adjustment of one application's final score, in hundredths,
 * with the written reason it requires; audited with before and after. Refused (the ranking
 * to show the errors on) without a valid amount or a reason; 404 for a conflicted application.
 * @example await adjustScore(deps, chair, meta, { panelId, applicationId, centipoints: -250, reason: 'Proposal outside the call' })
 */
export async function adjustScore(
  deps: TDeps,
  actor: TActor,
  meta: TRequestMeta,
  input: {
    panelId: string;
    applicationId: string;
    centipoints: number | null;
    reason: string | null;
  },
): Promise<TRankingChangeResult> {
  const now = instantOf(deps, meta);
  const errors = await deps.database.db.transaction(async (tx) => {
    const access = await openPanel(tx, actor, input.panelId, 'ranking.adjust');
    requireVisible(access, input.applicationId);
    const row = await findPanelApplicationForUpdate(tx, access.panel.id, input.applicationId);
    if (!row) throw new AppError('not_found', 'No such application on this panel');
    const problems: TRankingFieldError[] = [];
    if (input.centipoints === null)
      problems.push({
        applicationId: row.applicationId,
        field: 'adjustment',
        message: 'ranking.error_adjustment',
      });
    if (input.reason === null)
      problems.push({
        applicationId: row.applicationId,
        field: 'reason',
        message: 'ranking.error_reason',
      });
    if (problems.length > 0 || input.centipoints === null || input.reason === null) return problems;
    await updatePanelApplication(tx, access.panel.id, row.applicationId, {
      adjustmentCentipoints: input.centipoints,
      adjustmentReason: input.reason,
    });
    await recordAudit(tx, now, actor, meta, {
      action: 'ranking.adjusted',
      entityType: 'panel_application',
      entityId: `${access.panel.id}:${row.applicationId}`,
      before: { adjustmentCentipoints: row.adjustmentCentipoints, reason: row.adjustmentReason },
      after: { adjustmentCentipoints: input.centipoints, reason: input.reason },
      reason: input.reason,
    });
    return [];
  });
  if (errors.length === 0) return { ok: true };
  return { ok: false, view: await getRanking(deps, actor, input.panelId), errors };
}

import {
  findPanelApplicationForUpdate,
  updatePanelApplication,
} from '@/db/repositories/ranking.repository';
import type { TActor } from '@/policies/actor';

import { AppError } from '../app-error';
import { recordAudit } from '../audit/record-audit';
import type { TDeps, TRequestMeta } from '../context';
import { instantOf } from '../context';
import type { TRankingChangeResult, TRankingFieldError } from './adjust-score';
import { getRanking } from './get-ranking';
import { openPanel, requireVisible } from './panel-access';

/**
 * R-REV-SCORE: an officer closes an incomplete application with the reviews it has, with a
 * reason, audited; it is ranked from then on (with at least one submitted review).
 * @example await closeWithFewer(deps, officer, meta, { panelId, applicationId, reason: 'Third reviewer withdrew' })
 */
export async function closeWithFewer(
  deps: TDeps,
  actor: TActor,
  meta: TRequestMeta,
  input: { panelId: string; applicationId: string; reason: string | null },
): Promise<TRankingChangeResult> {
  const now = instantOf(deps, meta);
  const errors = await deps.database.db.transaction(async (tx): Promise<TRankingFieldError[]> => {
    const access = await openPanel(tx, actor, input.panelId, 'ranking.close');
    requireVisible(access, input.applicationId);
    const row = await findPanelApplicationForUpdate(tx, access.panel.id, input.applicationId);
    if (!row) throw new AppError('not_found', 'No such application on this panel');
    if (input.reason === null)
      return [
        { applicationId: row.applicationId, field: 'reason', message: 'ranking.error_reason' },
      ];
    if (row.closedWithFewerAt !== null) return [];
    await updatePanelApplication(tx, access.panel.id, row.applicationId, {
      closedWithFewerAt: now,
      closedReason: input.reason,
    });
    await recordAudit(tx, now, actor, meta, {
      action: 'ranking.closed_with_fewer',
      entityType: 'panel_application',
      entityId: `${access.panel.id}:${row.applicationId}`,
      before: { closedWithFewerAt: null },
      after: { closedWithFewerAt: now.toISOString() },
      reason: input.reason,
    });
    return [];
  });
  if (errors.length === 0) return { ok: true };
  return { ok: false, view: await getRanking(deps, actor, input.panelId), errors };
}
